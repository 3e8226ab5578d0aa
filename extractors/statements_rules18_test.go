package extractors

import "testing"

// stmtRuleCasesEighteenth are the rules of the eighteenth session, each
// in sentences of our own that fail without it.
var stmtRuleCasesEighteenth = []stmtCase{
	{"two people of one surname, the second named later but never speaking: the surname alone is the first one's", []string{
		"Nobody in the long party feud expected the voters to reward Paul Dorsey.",
		"Some came to admire rival camps - the unions, the churches and the clubs - and found their hero in Lena Dorsey, who now runs the state party.",
		"Dorsey in recent weeks has said Ohio is on track, part of a “comeback story.”"},
		[]wantStmt{
			{"Paul Dorsey", "said", KindMixed, "Ohio is on track, part of a “comeback story.”", ""}}},
	{"guard: the second of one surname who has spoken keeps the surname alone", []string{
		"The race has been good for Gary Dorsey, the third-party candidate.",
		"Homeland Security Secretary Jeh Dorsey told reporters on Monday that the systems were safe.",
		"Dorsey said local officials should ask for help."},
		[]wantStmt{
			{"Jeh Dorsey", "told", KindIndirect, "the systems were safe", "reporters"},
			{"Jeh Dorsey", "said", KindIndirect, "local officials should ask for help", ""}}},
	{"a surname given with a title alone ('President Dorsey') is not the full name of another that comes only later", []string{
		"On Saturday, President Dorsey went to the family farm in Iowa.",
		"“The harvest looks strong,” Dorsey said on Sunday.",
		"The first lady, Lena Dorsey, stayed in the capital."},
		[]wantStmt{
			{"Dorsey", "said", KindDirect, "The harvest looks strong", ""}}},
	{"guard: when a pronoun shows the titled surname of the later full name's sex, the full name stands", []string{
		"Governor Dorsey flew home on Friday.",
		"“We won the vote,” Dorsey said as he thanked his staff.",
		"A letter signed by Paul Dorsey went out to donors the next day."},
		[]wantStmt{
			{"Paul Dorsey", "said", KindDirect, "We won the vote", ""}}},
	{"'concluded that …' reports a finding, whoever concluded; a quotation someone 'concluded' with is a statement", []string{
		"After two years of study, the panel concluded that the drug did not work.",
		"Investigators concluded that the fire was set on purpose.",
		"“We have nothing left to prove,” Hale concluded."},
		[]wantStmt{
			{"Hale", "concluded", KindDirect, "We have nothing left to prove", ""}}},
	{"'experts agree that …' is a consensus, not words spoken; 'agreed that' and an agreeing quotation are statements", []string{
		"Most economists agree that the tariffs will raise prices.",
		"The two mayors agreed that the bridge should reopen in May.",
		"“It is the right call,” Hale agreed."},
		[]wantStmt{
			{"The two mayors", "agreed", KindIndirect, "the bridge should reopen in May", ""},
			{"Hale", "agreed", KindDirect, "It is the right call", ""}}},
	{"'outlined his reasons', 'outlined her new plan' name a topic; a plan to …, outlining that …, or the speaker's quoted words are statements", []string{
		"Mayor Ann Lee outlined her reasons for the delay at a news conference.",
		"Lee outlined her new harbor plan on Monday.",
		"Lee outlined a plan to rebuild the harbor wall by 2030.",
		"Lee outlined the “painful choices” the city faces.",
		"Lee outlined that the money would come from the state."},
		[]wantStmt{
			{"Ann Lee", "outlined", KindIndirect, "a plan to rebuild the harbor wall by 2030", ""},
			{"Ann Lee", "outlined", KindMixed, "the “painful choices” the city faces", ""},
			{"Ann Lee", "outlined", KindIndirect, "the money would come from the state", ""}}},
	{"'Hale's claim that …' holds a clause whose subject is a bare noun or 'there', and a fragment quoted inside it", []string{
		"Critics mocked Mayor Tom Hale's claim that there have been “hundreds of break-ins” on Elm Street this year.",
		"Reporters checked Hale's claim that crime had doubled since 2019."},
		[]wantStmt{
			{"Tom Hale", "claim", KindMixed, "there have been “hundreds of break-ins” on Elm Street this year", ""},
			{"Tom Hale", "claim", KindIndirect, "crime had doubled since 2019", ""}}},
	{"'She said:' ending a paragraph, then her words in a paragraph with no quotation marks; first-person paragraphs after it go on; 'Some demands:' heads a list", []string{
		"Mayor Ann Lee spoke to reporters after the vote on Tuesday. She said:",
		"The budget protects every library and every pool in the city, and it does so without a new tax.",
		"The council met again on Friday.",
		"Lee wrote to the council again on Monday:",
		"The cuts would close four libraries on the east side, and the pools would follow in the spring.",
		"We ask the council to think again before it votes, and we will be at the hearing to say so.",
		"The council did not reply to the letter.",
		"Some demands:",
		"No plastic cups at the stalls, and water from the fountains for everyone who asks."},
		[]wantStmt{
			{"Ann Lee", "said", KindDirect, "The budget protects every library and every pool in the city, and it does so without a new tax.", ""},
			{"Ann Lee", "wrote", KindDirect, "The cuts would close four libraries on the east side, and the pools would follow in the spring. We ask the council to think again before it votes, and we will be at the hearing to say so.", ""}}},
	{"'Asked about the delay, Lee wrote:' — the question put to the speaker is not what was said; the words come in the next paragraph", []string{
		"Mayor Ann Lee spoke on Tuesday.",
		"Asked about the delay, Lee wrote on Twitter:",
		"“The crews will be back on the site next week.”",
		"Pressed on the cost, she said the city had no choice."},
		[]wantStmt{
			{"Ann Lee", "wrote", KindDirect, "The crews will be back on the site next week.", ""},
			{"Ann Lee", "said", KindIndirect, "the city had no choice", ""}}},
	{"'“…,” said longtime residents.', 'said family members.': a bare plural of people, with a modifier or two, is an inverted speaker", []string{
		"“It has been a long year,” said longtime residents.",
		"“Nobody told us anything,” said family members."},
		[]wantStmt{
			{"longtime residents", "said", KindDirect, "It has been a long year", ""},
			{"family members", "said", KindDirect, "Nobody told us anything", ""}}},
	{"'“…,” Lee remembers.' attributes a quotation; 'remembers that …' and 'remember the day' are memory", []string{
		"Ann Lee runs the bakery on Main Street.",
		"“We sold bread to three generations,” Lee remembers.",
		"Lee remembers that the mill closed in 1984.",
		"Most voters remember the day the mill closed."},
		[]wantStmt{
			{"Ann Lee", "remembers", KindDirect, "We sold bread to three generations", ""}}},
	{"a woman whose given name the lists lack keeps her own sex when a man of the same surname has the fullest name ('she said' after 'Timothy James Warren' and 'Zelphia Warren')", []string{
		"The family home was the pride of Timothy James Warren, a 71-year-old retired banker, who built it in his youth.",
		"Zelphia Warren moved back to the house last year to care for her father.",
		"“He has no money left and he has no help,” she said."},
		[]wantStmt{
			{"Zelphia Warren", "said", KindDirect, "He has no money left and he has no help", ""}}},
	{"'The suit says …', 'The timeline says …': a lawsuit and a timeline are documents that speak", []string{
		"The suit, filed in federal court on Monday, says the company hid the defects for years.",
		"The timeline says the first call came in at 9 p.m."},
		[]wantStmt{
			{"The suit", "says", KindIndirect, "the company hid the defects for years", ""},
			{"The timeline", "says", KindIndirect, "the first call came in at 9 p.m.", ""}}},
	{"'lecturing the council that …' reports what was said, to whom; 'lectured reporters on the history' and 'gives lectures' do not", []string{
		"Ann Lee has spent the week lecturing the council that its budget is a fantasy.",
		"Lee lectured reporters on the history of the port.",
		"Hale gives lectures on trade at the college."},
		[]wantStmt{
			{"Ann Lee", "lecturing", KindIndirect, "its budget is a fantasy", "the council"}}},
	{"'trumpets the “record growth” of the port' is a cue like 'touts'; trumpets played at a rally are not", []string{
		"Mayor Ann Lee trumpets the “record growth” of the port.",
		"The band played trumpets at the rally."},
		[]wantStmt{
			{"Ann Lee", "trumpets", KindMixed, "the “record growth” of the port", ""}}},
	{"'depicted the deal as a gift' is a verdict like 'portrayed … as'; 'the mural depicts the harbor' is not", []string{
		"Mayor Ann Lee depicted the deal as a gift to developers.",
		"The mural depicts the old harbor."},
		[]wantStmt{
			{"Ann Lee", "depicted", KindIndirect, "the deal as a gift to developers", ""}}},
	{"', describing packed corridors' names what was described; 'describing the storm as …' and 'describing she had never …' report words", []string{
		"Ann Lee spoke for an hour, describing the storm as the worst in a century.",
		"Lee wrote to the board, describing packed corridors and exhausted nurses.",
		"Lee called the mayor, describing she had never seen such damage."},
		[]wantStmt{
			{"Ann Lee", "describing", KindIndirect, "the storm as the worst in a century", ""},
			{"Ann Lee", "describing", KindIndirect, "she had never seen such damage", ""}}},
}

func TestStatementsRulesEighteenth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesEighteenth)
}
