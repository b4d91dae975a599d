package temporal

// dayDescribed: "it was a great day for Poland", "this is a sad day": "day"
// as what a day is called, the day itself (TimeML tags "day" with that day's
// date). "it is" is the day of writing (in a history, the day being told);
// "it was" the day last told (before any, the day of writing), and nothing
// when the last date told is not a day ("in 1956"). "Today is a
// sad day" is not read: "Today" is the expression. Token i is "day".
func (s *state) dayDescribed(i int, x *expr) bool {
	if !s.isw(i, "day") || s.isp(i+1, '\'') {
		return false // "a day's journey"
	}
	k := i - 1
	for n := 0; n < 2 && s.kind(k) == tkWord && !s.toks[k].cap && s.word(k) == nil; n++ {
		k-- // "a great day", "a very proud day"
	}
	if !s.isw(k, "a") && !s.isw(k, "an") {
		return false
	}
	k--
	if s.isp(k, '"') || s.isp(k, '`') || s.isp(k, '\'') || s.isp(k, 0x80) {
		k-- // `said it was "a great day`
	}
	past := s.isw(k, "was")
	if !past && !s.isw(k, "is") {
		return false
	}
	if !s.isw(k-1, "it") && !s.isw(k-1, "this") && !s.isw(k-1, "that") {
		return false
	}
	anaph := s.narrative || past
	if anaph && s.ref.prec != precDay {
		return false
	}
	*x = expr{s: i, e: i + 1, kind: kRel, typ: Date, unit: uDay, anaph: anaph, rule: "day-described"}
	return true
}

// overnight: "depressed by overnight losses in New York" is the night that
// ended on the morning being told, so it has the day before's date, as
// "last night" does (TimeML dates a night by its evening); in a clause that
// looks ahead ("talks will go on through the night", "will be decided
// overnight") it is the coming night, the day's own.
func (s *state) overnight(x *expr) {
	if s.clauseTense(x) <= 0 {
		x.shift = -1
	}
}
