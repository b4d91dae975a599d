package temporal

import "strings"

// Recurring periods written in the plural (TimeML SETs): "Tuesday nights",
// "on Monday and Tuesday nights", "the second and fourth quarters" where the
// clause says what usually happens in them.

// plural reports whether table entry e is written in the plural ("nights",
// "quarters").
func plural(e *entry) bool {
	return e.pl || len(e.key) > 3 && e.key[len(e.key)-1] == 's'
}

// weekdayPodSet: a weekday before a part of day in the plural is every such
// part of that weekday ("flights leave on Tuesday nights": XXXX-WXX-2TNI),
// and so is a weekday coordinated before one ("flights leave on Monday and
// Tuesday nights": "Monday" is XXXX-WXX-1TNI) unless the clause tells the
// past ("fighting raged on Monday and Tuesday nights": two nights). j is the
// token after the weekday.
func (s *state) weekdayPodSet(i, j int, x *expr) bool {
	k := j
	if s.isw(j, "and") || s.isw(j, "or") {
		if o := s.word(j + 1); o == nil || o.weekday == 0 || o.pl || len(o.key) < 6 {
			return false
		}
		k = j + 2
	}
	p := s.word(k)
	if p == nil || len(p.pod) != 2 || !plural(p) {
		return false
	}
	if k > j || s.isw(i-1, "and") || s.isw(i-1, "or") {
		// Coordinated, the plural may be two nights told ("fighting
		// raged on Monday and Tuesday nights"): a set only where the
		// clause does not tell the past.
		if s.clauseTense(x) < 0 {
			return false
		}
	}
	x.kind, x.typ, x.rule = kSet, Set, "weekday-pod-set"
	x.val = "XXXX-WXX-" + string(rune('0'+x.wd)) + "T" + p.pod
	if k == j {
		x.e = k + 1
	}
	return true
}

// ordQuartersLed: quarters named by ordinal in the plural, "the second and
// fourth quarters", "fourth quarters". Each ordinal is its own expression
// ("second" takes "quarters" from the one after it). In a clause that says
// what usually happens ("is usually conducted in the second and fourth
// quarters") they are every such quarter, XXXX-Q2; otherwise each is that
// quarter of the year, as in the singular ("sales rose in the third and
// fourth quarters").
func (s *state) ordQuartersLed(i int, x *expr) bool {
	e := s.word(i)
	if e == nil || e.ord < 1 || e.ord > 4 {
		return false
	}
	k := i + 1
	if s.isw(k, "and") || s.isw(k, "or") {
		if o := s.word(k + 1); o == nil || o.ord < 1 || o.ord > 4 {
			return false
		}
		k += 2
	}
	u := s.word(k)
	if u == nil || u.unit != uQuarter || !plural(u) {
		return false
	}
	end := k + 1
	if k > i+1 {
		end = i + 1
	}
	*x = expr{s: i, e: end, kind: kQuarter, typ: Date, q: int(e.ord), rule: "ordinal-quarters"}
	if s.isw(k+1, "of") {
		// "the first and second quarters of 2023": that year's quarters.
		y, ye := s.yearAt(k+2, true)
		if y == 0 {
			return false
		}
		x.y, x.hasY = y, true
		if end == k+1 {
			x.e = ye
		}
		return true
	}
	if s.habitualClause(i) {
		x.kind, x.typ, x.val, x.rule = kSet, Set, "XXXX-Q"+string(rune('0'+e.ord)), "ordinal-quarters-set"
	}
	return true
}

// habitualClause reports whether the clause before token i says what
// usually happens ("is usually", "typically"), within sixteen words and not
// across a sentence's edge.
func (s *state) habitualClause(i int) bool {
	for k := i - 1; k >= 0 && k > i-16 && !s.boundary(k+1); k-- {
		if s.kind(k) != tkWord {
			continue
		}
		w := s.tokText(k)
		for _, h := range enHabitAdverbs {
			if strings.EqualFold(w, h) {
				return true
			}
		}
	}
	return false
}

// seasonsSet: "the past three summers", "the next two winters": seasons are
// not back to back, so a count of them is not one stretch of time but that
// season of each year (XXXX-SU), where the number phrase after "past",
// "last" or "next" (token i) ends before token k.
func (s *state) seasonsSet(i, k int, x *expr) bool {
	u := s.word(k)
	if u == nil || u.season == 0 || !plural(u) {
		return false
	}
	*x = expr{s: i, e: k + 1, kind: kSet, typ: Set, rule: "rel-seasons-set", val: "XXXX-" + seasonCode[u.season]}
	return true
}
