package temporal

// English word tables. Everything language-specific that is plain vocabulary
// lives here, apart from the rules that combine the words, so that another
// language (Russian "30 января 2024 года", Japanese "2024年1月30日") can be
// added as a second table plus the few rules its word order needs.

// English is the English language table.
var English = newLang("en", enTable(), enHolidays)

// enHolidays are the holidays English news dates things by.
var enHolidays = []holidayDef{
	{word: "christmas", m: 12, d: 25, eve: true},
	{word: "thanksgiving", m: 11, d: 22, wd: 4},           // the fourth Thursday of November
	{word: "election", m: 11, d: 2, wd: 2, needDay: true}, // US: the Tuesday after the first Monday
	{word: "new", m: 1, d: 1, eve: true, year: true},

	// The named days of the Kuril Islands dispute. Northern Territories Day:
	// 7 February since 1981, the day of the Treaty of Shimoda (7 February
	// 1855). The Soviet Day of Victory over Japan: 3 September (decree of
	// 2 September 1945). Russia's Day of the End of the Second World War:
	// 2 September from 2010 (the day of the surrender aboard the USS Missouri,
	// 2 September 1945), moved to 3 September by the law signed on 24 April
	// 2020, and renamed the Day of Victory over Militaristic Japan and the
	// End of the Second World War by the law signed on 24 June 2023. Japan's
	// end-of-war memorial day, "the day for mourning war dead and praying for
	// peace": 15 August (named so in 1982).
	{word: "northern", m: 2, d: 7, rest: []string{"territories", "day"}},
	{word: "victory", m: 9, d: 3, rest: []string{"over", "japan", "day"}},
	{word: "day", m: 9, d: 3, rest: []string{"of", "victory", "over", "japan"}},
	{word: "day", m: 9, d: 3, rest: []string{"of", "victory", "over", "militarist|militaristic", "japan"}},
	{word: "day", m: 9, d: 3, rest: []string{"of", "victory", "over", "militarist|militaristic", "japan", "and", "the", "end", "of", "the", "second", "world", "war"}},
	{word: "day", m: 9, d: 3, rest: []string{"of", "victory", "over", "militarist|militaristic", "japan", "and", "the", "end", "of", "world", "war", "ii|two"}},
	{word: "day", m: 9, d: 2, rest: []string{"of", "the", "end", "of", "the", "second", "world", "war"}, moved: holidayMove{2020, 9, 3}},
	{word: "day", m: 9, d: 2, rest: []string{"of", "the", "end", "of", "world", "war", "ii|two"}, moved: holidayMove{2020, 9, 3}},
	{word: "end", m: 8, d: 15, rest: []string{"of", "war", "memorial", "day"}},
	{word: "day", m: 8, d: 15, rest: []string{"for", "mourning", "war", "dead", "and", "praying", "for", "peace"}},
	{word: "day", m: 8, d: 15, rest: []string{"for", "mourning", "of", "war", "dead", "and", "praying", "for", "peace"}},
	{word: "day", m: 8, d: 15, rest: []string{"to", "commemorate", "the", "war", "dead", "and", "pray", "for", "peace"}},
}

// enTable is enWords plus the word lists below, as one table.
func enTable() []wordDef {
	t := append([]wordDef(nil), enWords...)
	for _, w := range enCountNouns {
		t = append(t, wordDef{w, entry{countNoun: true}})
	}
	for _, w := range enFutureCues {
		t = append(t, wordDef{w, entry{tense: 1}})
	}
	for _, w := range enPastCues {
		t = append(t, wordDef{w, entry{tense: -1}})
	}
	for _, g := range enGuards {
		for _, w := range g.words {
			t = append(t, wordDef{w, entry{flags: g.flag}})
		}
	}
	return t
}

// enWords lists each English word with its roles. A word may have several
// roles ("may" is a month and a verb, "second" an ordinal and a unit); the
// rules decide from context which one applies.
var enWords = []wordDef{
	// Months, with the abbreviations news agencies use. Ambiguous words
	// (May, March, August, and "Jan" etc. as names) are guarded by the rules.
	month("january", 1), month("jan", 1), month("february", 2), month("feb", 2),
	month("march", 3), month("mar", 3), month("april", 4), month("apr", 4),
	month("may", 5), month("june", 6), month("jun", 6), month("july", 7), month("jul", 7),
	month("august", 8), month("aug", 8), month("september", 9), month("sep", 9),
	month("sept", 9), month("october", 10), month("oct", 10), month("november", 11),
	month("nov", 11), month("december", 12), month("dec", 12),

	// Weekdays, ISO numbering (Monday = 1).
	weekday("monday", 1), weekday("mon", 1), weekday("tuesday", 2), weekday("tue", 2),
	weekday("tues", 2), weekday("wednesday", 3), weekday("wed", 3), weekday("thursday", 4),
	weekday("thu", 4), weekday("thurs", 4), weekday("friday", 5), weekday("fri", 5),
	weekday("saturday", 6), weekday("sat", 6), weekday("sunday", 7), weekday("sun", 7),
	weekdayPlural("mondays", 1), weekdayPlural("tuesdays", 2), weekdayPlural("wednesdays", 3),
	weekdayPlural("thursdays", 4), weekdayPlural("fridays", 5), weekdayPlural("saturdays", 6),
	weekdayPlural("sundays", 7),

	// Cardinal number words.
	num("one", 1), num("two", 2), num("three", 3), num("four", 4), num("five", 5),
	num("six", 6), num("seven", 7), num("eight", 8), num("nine", 9), num("ten", 10),
	num("eleven", 11), num("twelve", 12), num("thirteen", 13), num("fourteen", 14),
	num("fifteen", 15), num("sixteen", 16), num("seventeen", 17), num("eighteen", 18),
	num("nineteen", 19), tens("twenty", 20), tens("thirty", 30), tens("forty", 40),
	tens("fifty", 50), tens("sixty", 60), tens("seventy", 70), tens("eighty", 80),
	tens("ninety", 90), mult("hundred", 100), mult("thousand", 1000),
	article("a"), article("an"),
	vague("several"), vague("few"), vague("many"), vague("some"), vague("couple"),

	decade("twenties", 20), decade("thirties", 30), decade("forties", 40), decade("fifties", 50),
	decade("sixties", 60), decade("seventies", 70), decade("eighties", 80), decade("nineties", 90),

	// Ordinal words ("thirty-first" is "thirty" + "-" + "first").
	ord("first", 1), ord("second", 2), ord("third", 3), ord("fourth", 4), ord("fifth", 5),
	ord("sixth", 6), ord("seventh", 7), ord("eighth", 8), ord("ninth", 9), ord("tenth", 10),
	ord("eleventh", 11), ord("twelfth", 12), ord("thirteenth", 13), ord("fourteenth", 14),
	ord("fifteenth", 15), ord("sixteenth", 16), ord("seventeenth", 17),
	ord("eighteenth", 18), ord("nineteenth", 19), ord("twentieth", 20),
	ord("thirtieth", 30), ord("twenty-first", 21), ord("last", -1),
	// Ordinal suffixes after digits: "30th", "1st", "2nd", "3rd".
	suffix("st"), suffix("nd"), suffix("rd"), suffix("th"),

	// Units of time.
	unit("second", uSecond), unit("seconds", uSecond), unit("minute", uMinute),
	unit("minutes", uMinute), unit("hour", uHour), unit("hours", uHour),
	unit("day", uDay), unit("days", uDay), unit("week", uWeek), unit("weeks", uWeek),
	unit("weekend", uWeekend), unit("weekends", uWeekend),
	unit("month", uMonth), unit("months", uMonth), unit("quarter", uQuarter),
	unit("quarters", uQuarter), unit("year", uYear), unit("years", uYear),
	unit("decade", uDecade), unit("decades", uDecade), unit("century", uCentury),
	unit("centuries", uCentury), unit("millennium", uMillennium),
	unit("half", uHalf), unit("fortnight", uFortnight),
	unit("yr", uYear), unit("yrs", uYear), unit("hrs", uHour), unit("min", uMinute),
	unit("mins", uMinute),

	// Seasons (Northern Hemisphere).
	season("spring", 1), season("summer", 2), season("fall", 3), season("autumn", 3),
	season("winter", 4), season("springs", 1), season("summers", 2), season("autumns", 3),
	season("winters", 4),

	// Parts of the day.
	pod("morning", "MO"), pod("afternoon", "AF"), pod("evening", "EV"), pod("night", "NI"),
	pod("mornings", "MO"), pod("afternoons", "AF"), pod("evenings", "EV"), pod("nights", "NI"),
	pod("noon", "12:00"), pod("midday", "12:00"), pod("midnight", "24:00"),
	pod("overnight", "NI"),

	// Words relating a period to the anchor or to the last date mentioned.
	rel("last", -1), rel("past", -1), rel("previous", -1), rel("preceding", -1),
	rel("prior", -1), rel("next", 1), rel("coming", 1), rel("following", 1),
	rel("this", 0), rel("current", 0), rel("same", 0), rel("that", 0), rel("present", 0),
	rel("upcoming", 1), rel("recent", -1), rel("latest", 0), rel("these", 0),

	// Deictic words, resolved against the anchor.
	deictic("today", 0), deictic("yesterday", -1), deictic("tomorrow", 1),
	deictic("tonight", 0),

	// Vague references to the present, past and future.
	ref("now", "PRESENT_REF"), ref("currently", "PRESENT_REF"), ref("nowadays", "PRESENT_REF"),
	ref("recently", "PAST_REF"), ref("lately", "PAST_REF"), ref("former", "PAST_REF"), ref("future", "FUTURE_REF"),
	ref("soon", "FUTURE_REF"), ref("once", "PAST_REF"), ref("earlier", "PAST_REF"),
	ref("later", "FUTURE_REF"), ref("already", "PAST_REF"), ref("then", "PAST_REF"),

	// Parts of a period.
	part("early", pStart), part("mid", pMid), part("late", pEnd), part("beginning", pStart),
	part("start", pStart), part("middle", pMid), part("end", pEnd), part("close", pEnd),
	part("dawn", pStart), part("latter", pEnd), part("turn", pStart), part("outset", pStart),

	// Words that turn a period into a set.
	set("daily", "P1D"), set("weekly", "P1W"), set("monthly", "P1M"), set("yearly", "P1Y"),
	set("annually", "P1Y"), set("hourly", "PT1H"), set("nightly", "P1D"),
	set("biweekly", "P2W"), set("every", ""), set("each", ""),
	set("per", ""),

	// Approximation and comparison words that TimeML puts inside a span
	// ("nearly forty years", "more than four hours").
	approx("about", "APPROX"), approx("around", "APPROX"), approx("nearly", "LESS_THAN"),
	approx("almost", "LESS_THAN"), approx("approximately", "APPROX"), approx("roughly", "APPROX"),
	approx("some", "APPROX"),
	approx("more", "MORE_THAN"), approx("less", "LESS_THAN"), approx("least", "EQUAL_OR_MORE"),
	approx("up", "EQUAL_OR_LESS"), approx("fewer", "LESS_THAN"),

	// Era markers after a year.
	era("bc", -1), era("bce", -1), era("ad", 1), era("ce", 1), era("b", -1),

	// Words the rules test for by name.
	fn("the"), fn("of"), fn("in"), fn("long"), fn("ca"), fn("circa"), fn("additional"), fn("as"), fn("between"), fn("c"), fn("during"), fn("full"),
	fn("over"), fn("through"), fn("throughout"), fn("under"), fn("when"), fn("on"), fn("at"), fn("by"), fn("for"), fn("from"),
	fn("to"), fn("and"), fn("or"), fn("ago"), fn("before"), fn("after"), fn("since"),
	fn("until"), fn("till"), fn("going"), fn("intends"), fn("plan"), fn("hopes"), fn("aims"), fn("than"), fn("fiscal"), fn("will"), fn("shall"),
	fn("would"), fn("ll"), fn("expected"), fn("expects"), fn("plans"), fn("planned"),
	fn("scheduled"), fn("due"), fn("was"), fn("were"), fn("had"), fn("did"), fn("said"),
	fn("m"), fn("pm"), fn("am"), fn("p"), fn("est"), fn("edt"), fn("gmt"), fn("utc"),
	fn("msk"), fn("jst"), fn("cst"), fn("pst"), fn("z"), fn("s"), fn("time"), fn("times"),
	fn("period"), fn("ended"), fn("ending"), fn("hence"), fn("year-earlier"),
	fn("ago"), fn("its"), fn("his"), fn("her"), fn("their"), fn("our"), fn("is"), fn("are"),
	fn("be"), fn("near"), fn("distant"), fn("o"), fn("clock"), fn("so"), fn("or"),
	fn("no"), fn("number"), fn("article"), fn("resolution"), fn("section"), fn("chapter"),
	fn("page"), fn("flight"), fn("route"), fn("room"), fn("highway"), fn("paragraph"),
	fn("item"), fn("model"), fn("vol"), fn("volume"), fn("part"), fn("act"), fn("law"),
	fn("bill"), fn("rule"), fn("protocol"), fn("amendment"), fn("decree"), fn("order"),
	fn("level"), fn("size"), fn("grade"), fn("pp"), fn("p"), fn("fig"), fn("table"),
	fn("top"), fn("cent"), fn("percent"), fn("per"), fn("sunday"),
	fn("we"), fn("i"), fn("you"), fn("he"), fn("she"), fn("it"), fn("they"), fn("not"),
	fn("can"), fn("could"), fn("should"), fn("might"), fn("must"), fn("also"),
	fn("times"), fn("post"), fn("eve"), fn("day"), fn("holiday"), fn("christmas"),
	fn("easter"), fn("independence"),
	// Nouns of vague references: "the near term", "for a while".
	fn("term"), fn("short"), fn("while"), fn("date"), fn("ahead"), fn("season"), fn("target"), fn("base"), fn("reference"), fn("pre"), fn("closing"), fn("final"), fn("dying"), fn("waning"),
}

// enFutureCues and enPastCues are the words that tell a sentence's tense,
// for dates without a year and weekdays ("will be held in February",
// "signed on 12 March"). "said" is left out: news reports everything with it.
var enFutureCues = []string{
	"will", "shall", "ll", "would", "effective", "expected", "expects", "scheduled", "due", "plans", "upcoming", "next", "coming",
	"going", "intends", "plan", "planning", "hopes", "aims", "planned", "expire", "expires", "payable", "begin",
	"begins", "meet", "open", "opens", "resume", "starts", "set",
}

var enPastCues = []string{
	"was", "were", "had", "did", "ago", "last", "earlier", "since",
	"met", "told", "took", "made", "began", "came", "went", "gave", "left", "held", "won", "lost",
	"saw", "fell", "rose", "became", "sent", "signed", "killed", "announced", "reported", "agreed", "ended",
	"bought", "sold", "paid", "spent", "found", "led", "brought", "built", "fought", "flew", "got", "grew",
	"knew", "ran", "shot", "spoke", "stood", "struck", "taught", "thought", "threw", "wrote", "withdrew",
	"arrived", "occurred", "happened", "returned", "visited", "resigned", "elected", "appointed",
}

// enGuards are the guard words of each kind (see wordFlag).
var enGuards = []struct {
	flag  wordFlag
	words []string
}{
	{wfTitle, []string{"mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt",
		"capt", "cmdr", "adm", "maj", "prof", "rev", "jr", "sr", "messrs"}},
	{wfLabel, []string{"no", "number", "article", "resolution", "section", "chapter", "page", "flight", "route",
		"room", "highway", "paragraph", "item", "model", "vol", "volume", "part", "act", "law", "bill",
		"rule", "protocol", "amendment", "decree", "order", "level", "size", "grade", "pp", "p", "fig",
		"table", "top"}},
	{wfAbbrevLabel, []string{"no", "vol", "p", "pp", "fig"}},
	{wfQuantity, []string{"than", "about", "some", "approximately", "nearly", "almost", "over", "under"}},
	{wfAge, []string{"old"}},
	{wfRecurring, []string{"annual"}},
	{wfCompare, []string{"compared", "against", "versus"}},
	{wfUntil, []string{"until", "till"}},
	{wfTarget, []string{"by", "through", "until", "till"}},
	{wfPassive, []string{"be", "been"}},
	{wfFutureAux, []string{"will", "shall", "ll", "scheduled", "expected", "due"}},
	{wfFutureBefore, []string{"would", "planned", "plans", "planning"}},
	{wfPlanVerb, []string{"set", "scheduled", "expected", "due", "planned", "plans", "plan", "going", "is", "are",
		"intends", "hopes", "aims", "wants", "agreed", "promised", "vowed"}},
	{wfPastAux, []string{"had", "was", "were", "been"}},
	{wfComparable, []string{"corresponding", "comparable", "same", "like"}},
	{wfGeneric, []string{"world", "youth", "society", "generation", "generations", "children", "kids",
		"computers", "technology", "standards", "dollars", "young"}},
	{wfMonthBefore, []string{"in", "of", "since", "until", "till", "by", "from", "to", "last", "next", "this",
		"early", "late", "mid", "during", "before", "after", "and", "or", "through", "each", "every", "that",
		"on", "between", "throughout", "end", "beginning", "middle", "start"}},
	{wfVerbAfter, []string{"i", "we", "you", "he", "she", "it", "they", "be", "not", "also"}},
	{wfFunction, []string{"in", "of", "on", "at", "by", "for", "from", "to", "and", "or", "since", "until",
		"till", "before", "after", "the"}},
	{wfUnitAdj, []string{"trading", "business", "working", "calendar", "school"}},
	{wfStarter, []string{"the", "fiscal", "full", "at", "ca", "circa", "c", "between", "q", "fy"}},
	{wfLeadOnly, []string{"the", "fiscal", "full", "at", "ca", "circa", "c", "between", "q", "fy",
		"a", "an", "this", "that", "these", "same", "more", "some", "several", "many", "less", "least",
		"few", "fewer", "following", "previous", "then", "new", "one", "first", "third",
		"last", "next", "about", "later", "already", "almost", "nearly", "middle", "end", "up", "per", "start"}},
	{wfHabitual, []string{"marks", "celebrates", "commemorates", "observes", "honors", "honours", "remembers"}},
	{wfObserved, []string{"celebrated", "marked", "observed", "commemorated"}},
	{wfMove, []string{"moved", "move", "moves", "moving", "shifted", "shift", "transferred", "changed"}},
	{wfHolidayNoun, []string{"holiday", "holidays", "commemoration", "observance", "celebration", "celebrations",
		"festival", "feast"}},
	{wfSpeech, []string{"said", "says", "told", "announced", "stated", "declared", "added", "noted",
		"reported", "confirmed", "warned", "insisted", "claimed", "explained", "wrote", "tweeted"}},
	{wfCampaign, []string{"offensive", "offensives", "campaign", "campaigns", "counteroffensive", "fighting", "uprising"}},
	{wfRate, []string{"percent", "cents", "dollars", "times", "yen", "rubles", "tons", "barrels",
		"million", "billion", "trillion", "twice", "once", "thrice"}},
}

// countNouns are words that, right after a number, show that the number
// counts something and is not a year ("1945 people", "2000 troops").
var enCountNouns = []string{
	"people", "persons", "troops", "soldiers", "men", "women", "children", "residents",
	"deaths", "casualties", "prisoners", "refugees", "civilians", "workers", "employees",
	"members", "votes", "voters", "seats", "tons", "tonnes", "dollars", "yen", "rubles",
	"roubles", "euros", "pounds", "km", "kilometers", "kilometres", "miles", "meters",
	"metres", "feet", "ft", "kg", "barrels", "units", "cars", "vehicles", "tanks", "aircraft",
	"planes", "ships", "vessels", "guns", "rifles", "missiles", "shares", "points", "hp",
	"horsepower", "acres", "hectares", "islands", "houses", "homes", "jobs", "copies",
	"pages", "words", "students", "officers", "police", "fighters", "rebels", "militants",
	"guerrillas", "delegates", "visitors", "tourists", "fishermen", "boats", "inhabitants",
	"citizens", "percent", "cents", "mm", "cm", "m",
	"gallons", "liters", "litres", "cases", "infections", "sq", "square",
}

// Constructors that keep the table above compact.

func month(w string, m int) wordDef         { return wordDef{w, entry{month: int8(m)}} }
func weekday(w string, d int) wordDef       { return wordDef{w, entry{weekday: int8(d)}} }
func weekdayPlural(w string, d int) wordDef { return wordDef{w, entry{weekday: int8(d), pl: true}} }
func decade(w string, d int) wordDef        { return wordDef{w, entry{decade: int8(d)}} }
func num(w string, n int) wordDef           { return wordDef{w, entry{num: int32(n), numKind: nkOnes}} }
func tens(w string, n int) wordDef          { return wordDef{w, entry{num: int32(n), numKind: nkTens}} }
func mult(w string, n int) wordDef          { return wordDef{w, entry{num: int32(n), numKind: nkMult}} }
func article(w string) wordDef              { return wordDef{w, entry{num: 1, numKind: nkArticle}} }
func vague(w string) wordDef                { return wordDef{w, entry{numKind: nkVague}} }
func ord(w string, n int) wordDef           { return wordDef{w, entry{ord: int8(n)}} }
func suffix(w string) wordDef               { return wordDef{w, entry{ordSuffix: true}} }
func unit(w string, u unitKind) wordDef     { return wordDef{w, entry{unit: u}} }
func season(w string, s int) wordDef        { return wordDef{w, entry{season: int8(s)}} }
func pod(w string, p string) wordDef        { return wordDef{w, entry{pod: p}} }
func rel(w string, r int) wordDef           { return wordDef{w, entry{rel: int8(r), isRel: true}} }
func deictic(w string, d int) wordDef       { return wordDef{w, entry{deictic: int8(d), isDeictic: true}} }
func ref(w string, r string) wordDef        { return wordDef{w, entry{ref: r}} }
func part(w string, p partKind) wordDef     { return wordDef{w, entry{part: p}} }
func set(w string, v string) wordDef        { return wordDef{w, entry{set: v, isSet: true}} }
func approx(w string, mod string) wordDef   { return wordDef{w, entry{approx: mod, isApprox: true}} }
func era(w string, sign int) wordDef        { return wordDef{w, entry{era: int8(sign)}} }
func fn(w string) wordDef                   { return wordDef{w, entry{}} }

// enHabitAdverbs say that a clause tells what recurs ("is usually conducted
// in the second and fourth quarters"). They are read only next to a plural
// period, so they stay out of the word table, which every token is looked
// up in.
var enHabitAdverbs = []string{"usually", "typically", "normally", "traditionally", "customarily", "generally"}
