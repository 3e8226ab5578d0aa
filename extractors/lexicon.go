package extractors

import "strings"

// stCueFlags qualify a speech verb.
type stCueFlags uint8

const (
	// stCueObject verbs name their addressee right after the verb
	// ("told Reuters that").
	stCueObject stCueFlags = 1 << iota
	// stCueNeedThat verbs are speech only with a that-clause or a quotation
	// ("agreed that", "suggested that").
	stCueNeedThat
	// stCueWeak verbs are speech only when they attribute a quotation or
	// close a sentence of content ("the statement continued").
	stCueWeak
	// stCueAsk verbs are speech only as a request: "asked them to leave",
	// "asked that the vote be delayed".
	stCueAsk
	// stCueAs verbs are speech only as a verdict on something: "slammed
	// the plan as a disgrace", "dismissed the claims as false".
	stCueAs
	// stCueCourt verbs report speech only with a court for subject: "the
	// inquest heard that …", "…, York Crown Court heard."
	stCueCourt
)

// stCueForms are the inflections of a speech verb: base, third person,
// past, past participle, present participle. "-" means "same as past".
type stCueForms struct {
	forms [5]string
	flags stCueFlags
}

// stCueTable lists the speech verbs. Phrasal cues ("pointed out") are matched
// by their first word and a particle, see cueParticle.
var stCueTable = []stCueForms{
	{[5]string{"say", "says", "said", "-", "saying"}, 0},
	{[5]string{"tell", "tells", "told", "-", "telling"}, stCueObject},
	{[5]string{"inform", "informs", "informed", "-", "informing"}, stCueObject},
	{[5]string{"assure", "assures", "assured", "-", "assuring"}, stCueObject},
	{[5]string{"reassure", "reassures", "reassured", "-", "reassuring"}, stCueObject | stCueNeedThat},
	{[5]string{"add", "adds", "added", "-", "adding"}, 0},
	{[5]string{"state", "states", "stated", "-", "stating"}, 0},
	{[5]string{"confirm", "confirms", "confirmed", "-", "confirming"}, 0},
	{[5]string{"announce", "announces", "announced", "-", "announcing"}, 0},
	{[5]string{"note", "notes", "noted", "-", "noting"}, 0},
	{[5]string{"explain", "explains", "explained", "-", "explaining"}, 0},
	{[5]string{"warn", "warns", "warned", "-", "warning"}, 0},
	{[5]string{"insist", "insists", "insisted", "-", "insisting"}, 0},
	{[5]string{"argue", "argues", "argued", "-", "arguing"}, 0},
	{[5]string{"claim", "claims", "claimed", "-", "claiming"}, 0},
	{[5]string{"deny", "denies", "denied", "-", "denying"}, 0},
	{[5]string{"write", "writes", "wrote", "written", "writing"}, 0},
	{[5]string{"post", "posts", "posted", "-", "posting"}, stCueNeedThat},
	{[5]string{"tweet", "tweets", "tweeted", "-", "tweeting"}, 0},
	{[5]string{"text", "texts", "texted", "-", "texting"}, stCueObject | stCueNeedThat}, // "the text of the bill" is no speech
	{[5]string{"share", "shares", "shared", "-", "sharing"}, stCueNeedThat},             // only "shared a statement: “…”"
	{[5]string{"testify", "testifies", "testified", "-", "testifying"}, 0},
	{[5]string{"hear", "hears", "heard", "-", ""}, stCueNeedThat | stCueCourt},
	{[5]string{"report", "reports", "reported", "-", "reporting"}, 0},
	{[5]string{"describe", "describes", "described", "-", "describing"}, 0},
	{[5]string{"reiterate", "reiterates", "reiterated", "-", "reiterating"}, 0},
	{[5]string{"emphasize", "emphasizes", "emphasized", "-", "emphasizing"}, 0},
	{[5]string{"emphasise", "emphasises", "emphasised", "-", "emphasising"}, 0},
	{[5]string{"highlight", "highlights", "highlighted", "-", "highlighting"}, 0},
	{[5]string{"underline", "underlines", "underlined", "-", "underlining"}, 0},
	{[5]string{"urge", "urges", "urged", "-", "urging"}, 0},
	{[5]string{"acknowledge", "acknowledges", "acknowledged", "-", "acknowledging"}, 0},
	{[5]string{"admit", "admits", "admitted", "-", "admitting"}, 0},
	{[5]string{"assert", "asserts", "asserted", "-", "asserting"}, 0},
	{[5]string{"stress", "stresses", "stressed", "-", "stressing"}, 0},
	{[5]string{"suggest", "suggests", "suggested", "-", "suggesting"}, stCueNeedThat},
	{[5]string{"reply", "replies", "replied", "-", "replying"}, 0},
	{[5]string{"respond", "responds", "responded", "-", "responding"}, stCueWeak},
	{[5]string{"answer", "answers", "answered", "-", "answering"}, stCueWeak}, // "answered the phone" is no speech
	{[5]string{"recall", "recalls", "recalled", "-", "recalling"}, stCueNeedThat},
	{[5]string{"lecture", "lectures", "lectured", "-", "lecturing"}, stCueNeedThat | stCueObject},
	{[5]string{"remember", "remembers", "remembered", "-", ""}, stCueWeak}, // ("“…,” Lee remembers."; "remembers that …" is memory)
	{[5]string{"recount", "recounts", "recounted", "-", "recounting"}, stCueNeedThat},
	{[5]string{"recommend", "recommends", "recommended", "-", "recommending"}, stCueNeedThat},
	{[5]string{"concur", "concurs", "concurred", "-", "concurring"}, stCueNeedThat},
	{[5]string{"dispute", "disputes", "disputed", "-", "disputing"}, 0},
	{[5]string{"rebut", "rebuts", "rebutted", "-", "rebutting"}, 0},
	{[5]string{"refute", "refutes", "refuted", "-", "refuting"}, 0},
	{[5]string{"advise", "advises", "advised", "-", "advising"}, stCueAsk},
	{[5]string{"encourage", "encourages", "encouraged", "-", "encouraging"}, stCueAsk}, // only "encouraged voters to …"
	{[5]string{"exhort", "exhorts", "exhorted", "-", "exhorting"}, stCueAsk},
	{[5]string{"caution", "cautions", "cautioned", "-", "cautioning"}, 0},
	{[5]string{"predict", "predicts", "predicted", "-", "predicting"}, 0},
	{[5]string{"estimate", "estimates", "estimated", "-", "estimating"}, stCueNeedThat}, // "estimated that most members backed …" (but "estimated costs")
	{[5]string{"allow", "allows", "allowed", "-", "allowing"}, stCueNeedThat},           // "allowed that his members tilt Republican" (a concession; "allowed them to" is no speech)
	{[5]string{"vow", "vows", "vowed", "-", "vowing"}, 0},
	{[5]string{"promise", "promises", "promised", "-", "promising"}, 0},
	{[5]string{"pledge", "pledges", "pledged", "-", "pledging"}, 0},
	{[5]string{"threaten", "threatens", "threatened", "-", "threatening"}, stCueNeedThat}, // only "threatened to sue": "threatened homes" is no speech
	{[5]string{"concede", "concedes", "conceded", "-", "conceding"}, 0},
	{[5]string{"offer", "offers", "offered", "-", "offering"}, stCueNeedThat},       // "offered that …"; "offered a deal" is no speech
	{[5]string{"declare", "declares", "declared", "-", "declaring"}, stCueNeedThat}, // "declared an emergency" is an act
	{[5]string{"proclaim", "proclaims", "proclaimed", "-", "proclaiming"}, stCueNeedThat},
	{[5]string{"disclose", "discloses", "disclosed", "-", "disclosing"}, 0},
	{[5]string{"divulge", "divulges", "divulged", "-", "divulging"}, 0},
	{[5]string{"confide", "confides", "confided", "-", "confiding"}, stCueNeedThat},
	{[5]string{"accept", "accepts", "accepted", "-", "accepting"}, stCueNeedThat}, // only "accepts that …"
	{[5]string{"reveal", "reveals", "revealed", "-", "revealing"}, stCueNeedThat},
	{[5]string{"allege", "alleges", "alleged", "-", "alleging"}, 0},
	{[5]string{"maintain", "maintains", "maintained", "-", "maintaining"}, stCueNeedThat},
	{[5]string{"contend", "contends", "contended", "-", "contending"}, 0},
	{[5]string{"counter", "counters", "countered", "-", "countering"}, 0},
	{[5]string{"complain", "complains", "complained", "-", "complaining"}, 0},
	{[5]string{"observe", "observes", "observed", "-", "observing"}, stCueNeedThat},
	{[5]string{"remark", "remarks", "remarked", "-", "remarking"}, 0},
	{[5]string{"comment", "comments", "commented", "-", "commenting"}, 0},
	{[5]string{"continue", "continues", "continued", "-", "continuing"}, stCueWeak},
	{[5]string{"conclude", "concludes", "concluded", "-", "concluding"}, stCueWeak},
	{[5]string{"read", "reads", "read", "-", "reading"}, stCueWeak},
	{[5]string{"agree", "agrees", "agreed", "-", "agreeing"}, stCueNeedThat},
	{[5]string{"accuse", "accuses", "accused", "-", "accusing"}, 0},
	{[5]string{"blame", "blames", "blamed", "-", "blaming"}, 0},
	{[5]string{"thank", "thanks", "thanked", "-", "thanking"}, 0}, // only "thanked X for Y", see analyzeCue
	{[5]string{"underscore", "underscores", "underscored", "-", "underscoring"}, stCueNeedThat},
	{[5]string{"confess", "confesses", "confessed", "-", "confessing"}, stCueNeedThat},
	{[5]string{"elaborate", "elaborates", "elaborated", "-", "elaborating"}, stCueNeedThat},
	{[5]string{"criticise", "criticises", "criticised", "-", "criticising"}, 0},
	{[5]string{"criticize", "criticizes", "criticized", "-", "criticizing"}, 0},
	{[5]string{"mention", "mentions", "mentioned", "-", "mentioning"}, stCueNeedThat},
	{[5]string{"repeat", "repeats", "repeated", "-", "repeating"}, stCueNeedThat},
	{[5]string{"retort", "retorts", "retorted", "-", "retorting"}, 0},
	{[5]string{"quip", "quips", "quipped", "-", "quipping"}, 0},
	{[5]string{"joke", "jokes", "joked", "-", "joking"}, stCueNeedThat},
	{[5]string{"boast", "boasts", "boasted", "-", "boasting"}, 0},
	{[5]string{"lament", "laments", "lamented", "-", "lamenting"}, 0},
	{[5]string{"bemoan", "bemoans", "bemoaned", "-", "bemoaning"}, 0},
	{[5]string{"charge", "charges", "charged", "-", "charging"}, stCueNeedThat},
	{[5]string{"hint", "hints", "hinted", "-", "hinting"}, stCueNeedThat},
	{[5]string{"intimate", "intimates", "intimated", "-", "intimating"}, stCueNeedThat},
	{[5]string{"speculate", "speculates", "speculated", "-", "speculating"}, stCueNeedThat},
	{[5]string{"specify", "specifies", "specified", "-", "specifying"}, stCueNeedThat},
	{[5]string{"affirm", "affirms", "affirmed", "-", "affirming"}, 0},
	{[5]string{"reaffirm", "reaffirms", "reaffirmed", "-", "reaffirming"}, 0},
	{[5]string{"demand", "demands", "demanded", "-", "demanding"}, 0},
	{[5]string{"propose", "proposes", "proposed", "-", "proposing"}, stCueNeedThat},
	{[5]string{"indicate", "indicates", "indicated", "-", "indicating"}, stCueNeedThat},
	{[5]string{"clarify", "clarifies", "clarified", "-", "clarifying"}, stCueNeedThat},
	{[5]string{"exclaim", "exclaims", "exclaimed", "-", "exclaiming"}, 0},
	{[5]string{"liken", "likens", "likened", "-", "likening"}, 0},
	{[5]string{"remind", "reminds", "reminded", "-", "reminding"}, stCueNeedThat},
	{[5]string{"compare", "compares", "compared", "-", "comparing"}, 0}, // only "compared X to Y", see findCues
	{[5]string{"whisper", "whispers", "whispered", "-", "whispering"}, 0},
	{[5]string{"shout", "shouts", "shouted", "-", "shouting"}, 0},
	{[5]string{"point", "points", "pointed", "-", "pointing"}, 0}, // only with "out"
	{[5]string{"sum", "sums", "summed", "-", "summing"}, 0},       // only with "up"
	{[5]string{"put", "puts", "put", "-", "putting"}, 0},          // only as "put it:" and ", as X put it."
	{[5]string{"instruct", "instructs", "instructed", "-", "instructing"}, 0},
	{[5]string{"interject", "interjects", "interjected", "-", "interjecting"}, stCueWeak},
	{[5]string{"rejoin", "rejoins", "rejoined", "-", "rejoining"}, stCueWeak},
	{[5]string{"plead", "pleads", "pleaded", "-", "pleading"}, stCueWeak}, // with a quotation only: "pleaded guilty" is no speech
	// Manners of speaking: speech only with a quotation ("“Well, that
	// was true,” she laughed").
	{[5]string{"laugh", "laughs", "laughed", "-", "laughing"}, stCueWeak},
	{[5]string{"fume", "fumes", "fumed", "-", "fuming"}, stCueWeak},
	{[5]string{"scoff", "scoffs", "scoffed", "-", "scoffing"}, stCueWeak},
	{[5]string{"snap", "snaps", "snapped", "-", "snapping"}, stCueWeak},
	{[5]string{"gush", "gushes", "gushed", "-", "gushing"}, stCueWeak},
	{[5]string{"muse", "muses", "mused", "-", "musing"}, stCueWeak},
	{[5]string{"sigh", "sighs", "sighed", "-", "sighing"}, stCueWeak},
	{[5]string{"chuckle", "chuckles", "chuckled", "-", "chuckling"}, stCueWeak},
	{[5]string{"yell", "yells", "yelled", "-", "yelling"}, stCueWeak},
	{[5]string{"mutter", "mutters", "muttered", "-", "muttering"}, stCueWeak},
	{[5]string{"grumble", "grumbles", "grumbled", "-", "grumbling"}, stCueWeak},
	{[5]string{"boom", "booms", "boomed", "-", "booming"}, stCueWeak},             // with a quotation only: "sales boomed" is no speech
	{[5]string{"thunder", "thunders", "thundered", "-", "thundering"}, stCueWeak}, // (likewise)
	{[5]string{"bellow", "bellows", "bellowed", "-", "bellowing"}, stCueWeak},
	{[5]string{"rule", "rules", "ruled", "-", "ruling"}, 0}, // only with "out"
	{[5]string{"deride", "derides", "derided", "-", "deriding"}, stCueAs},
	{[5]string{"characterize", "characterizes", "characterized", "-", "characterizing"}, stCueAs},
	{[5]string{"characterise", "characterises", "characterised", "-", "characterising"}, stCueAs},
	{[5]string{"portray", "portrays", "portrayed", "-", "portraying"}, stCueAs},
	{[5]string{"reference", "", "referenced", "-", "referencing"}, stCueAs}, // "referenced his posts as a sign he is unfit" (the noun "a reference" stays out)
	{[5]string{"cast", "casts", "cast", "-", "casting"}, stCueAs},           // "cast her victory as a sign …" (but "cast a vote" is no speech)
	{[5]string{"depict", "depicts", "depicted", "-", "depicting"}, stCueAs},
	{[5]string{"tout", "touts", "touted", "-", "touting"}, 0},
	{[5]string{"trumpet", "trumpets", "trumpeted", "-", "trumpeting"}, 0},
	{[5]string{"outline", "", "outlined", "-", "outlining"}, 0}, // ("outlines", "details": nouns as often as verbs)
	{[5]string{"detail", "", "detailed", "-", "detailing"}, 0},
	{[5]string{"decry", "decries", "decried", "-", "decrying"}, 0},
	{[5]string{"cite", "cites", "cited", "-", "citing"}, 0},
	{[5]string{"ask", "asks", "asked", "-", "asking"}, stCueAsk},
	{[5]string{"appeal", "appeals", "appealed", "-", "appealing"}, stCueAsk}, // only "appealed for …" and "appealed to X to …"
	{[5]string{"question", "", "questioned", "-", "questioning"}, stCueAsk},  // only an indirect question: "questioned whether …" ("questions" is a noun)
	// "called for", "called on … to", and "called X a Y" / "called X
	// “…”" only: see stPara.callCue.
	{[5]string{"call", "calls", "called", "-", "calling"}, 0},
	{[5]string{"label", "labels", "labeled", "-", "labeling"}, 0},
	{[5]string{"label", "labels", "labelled", "-", "labelling"}, 0},
	{[5]string{"condemn", "condemns", "condemned", "-", "condemning"}, 0},
	{[5]string{"denounce", "denounces", "denounced", "-", "denouncing"}, 0},
	{[5]string{"slam", "slams", "slammed", "-", "slamming"}, stCueAs},
	{[5]string{"assail", "assails", "assailed", "-", "assailing"}, stCueAs},
	{[5]string{"blast", "blasts", "blasted", "-", "blasting"}, stCueAs},
	{[5]string{"lambast", "lambasts", "lambasted", "-", "lambasting"}, stCueAs},
	{[5]string{"rip", "rips", "ripped", "-", "ripping"}, stCueAs},       // "ripped Comey for acting as …" (but "ripped the page out")
	{[5]string{"attack", "", "attacked", "-", "attacking"}, stCueAs},    // "attacked Romney for being …", "attacked the program as …" (but "attacked the city"; "attack" and "attacks" are mostly nouns)
	{[5]string{"chide", "chides", "chided", "-", "chiding"}, stCueAs},   // "chided Trump for raising …"
	{[5]string{"knock", "knocks", "knocked", "-", "knocking"}, stCueAs}, // "knocked Cruz for not reporting …" (but "knocked on doors")
	{[5]string{"scold", "scolds", "scolded", "-", "scolding"}, stCueAs},
	{[5]string{"rebuke", "rebukes", "rebuked", "-", "rebuking"}, stCueAs},
	{[5]string{"fault", "faults", "faulted", "-", "faulting"}, stCueAs},     // "faulted the board for …" (but "at fault")
	{[5]string{"defend", "defends", "defended", "-", "defending"}, stCueAs}, // "defended his call to …" (but "defended the city"), see asVerdict
	{[5]string{"brand", "brands", "branded", "-", "branding"}, stCueAs},
	{[5]string{"dismiss", "dismisses", "dismissed", "-", "dismissing"}, stCueAs},
	{[5]string{"reject", "rejects", "rejected", "-", "rejecting"}, stCueAs},
	{[5]string{"hail", "hails", "hailed", "-", "hailing"}, stCueAs},
	{[5]string{"herald", "heralds", "heralded", "-", "heralding"}, stCueAs}, // "heralded the deal as a “breakthrough”" (but "heralded a new era")
	{[5]string{"introduce", "introduces", "introduced", "-", "introducing"}, stCueAs},
	// Added in the fifteenth session.
	{[5]string{"brag", "brags", "bragged", "-", "bragging"}, stCueNeedThat}, // "bragged about his golf" is a topic
	{[5]string{"email", "", "emailed", "-", "emailing"}, stCueObject | stCueNeedThat},
	{[5]string{"protest", "", "protested", "-", ""}, stCueNeedThat},
	{[5]string{"object", "", "objected", "-", "objecting"}, stCueNeedThat},
	{[5]string{"stipulate", "stipulates", "stipulated", "-", "stipulating"}, stCueNeedThat},
	{[5]string{"imply", "implies", "implied", "-", "implying"}, stCueNeedThat},
	{[5]string{"posit", "posits", "posited", "-", "positing"}, stCueNeedThat},
	{[5]string{"swear", "swears", "swore", "sworn", ""}, stCueNeedThat},
	{[5]string{"guarantee", "guarantees", "guaranteed", "-", "guaranteeing"}, stCueNeedThat},
	{[5]string{"tease", "teases", "teased", "-", "teasing"}, stCueNeedThat},
	{[5]string{"gripe", "", "griped", "-", "griping"}, stCueNeedThat},
	{[5]string{"relay", "relays", "relayed", "-", "relaying"}, stCueNeedThat},
	{[5]string{"notify", "notifies", "notified", "-", "notifying"}, stCueObject | stCueNeedThat},
	{[5]string{"implore", "implores", "implored", "-", "imploring"}, stCueAsk},
	{[5]string{"praise", "", "praised", "-", "praising"}, stCueAs},
	{[5]string{"laud", "lauds", "lauded", "-", "lauding"}, stCueAs},
	{[5]string{"commend", "commends", "commended", "-", "commending"}, stCueAs},
	{[5]string{"applaud", "applauds", "applauded", "-", "applauding"}, stCueAs},
	{[5]string{"mock", "mocks", "mocked", "-", "mocking"}, stCueAs},
	{[5]string{"ridicule", "ridicules", "ridiculed", "-", "ridiculing"}, stCueAs},
	{[5]string{"deplore", "deplores", "deplored", "-", "deploring"}, 0},
	{[5]string{"order", "orders", "ordered", "-", "ordering"}, stCueWeak},         // with a quotation only: "ordered a review" is an act
	{[5]string{"command", "commands", "commanded", "-", "commanding"}, stCueWeak}, // (likewise)
}

// stCueWord is what the stLexicon knows about one inflected form.
type stCueWord struct {
	lemma string
	flags stCueFlags
	// form is the index into stCueForms.forms: 0 base, 1 third person,
	// 2 past, 3 past participle, 4 present participle.
	form int
}

// stLexicon holds the read-only word tables the statement scanner consults.
type stLexicon struct {
	cues map[string]stCueWord
	// scan holds every word findCues looks up: cues and, overriding
	// them, the forms of stPhraseCues (phrase set), so that a word costs
	// findCues one lookup.
	scan map[string]stLexWord
}

// stLexWord is one entry of stLexicon.scan.
type stLexWord struct {
	stCueWord
	phrase bool // a cue only as part of a phrase (stPhraseCues)
}

// stNewLexicon builds the tables once; they are never modified afterwards.
func stNewLexicon() *stLexicon {
	lx := &stLexicon{cues: make(map[string]stCueWord, len(stCueTable)*5)}
	for _, c := range stCueTable {
		for i, f := range c.forms {
			if f == "-" {
				f = c.forms[2]
			}
			if _, ok := lx.cues[f]; ok && i == 3 || f == "" || i == 0 && c.forms[1] == "" {
				continue // ("" for a form that is only ever a noun: "a hearing"; a base form goes with its third person)
			}
			lx.cues[f] = stCueWord{lemma: c.forms[0], flags: c.flags, form: i}
		}
	}
	lx.scan = make(map[string]stLexWord, len(lx.cues)+len(stPhraseCues))
	for f, cw := range lx.cues {
		lx.scan[f] = stLexWord{stCueWord: cw}
	}
	for f, cw := range stPhraseCues {
		lx.scan[f] = stLexWord{stCueWord: cw, phrase: true}
	}
	return lx
}

// stTheLexicon is built at package load and only read afterwards.
var stTheLexicon = stNewLexicon()

// stWordSet builds a set from space-separated words.
func stWordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

var (
	// stAuxWords may sit between a subject and its speech verb.
	stAuxWords = stWordSet("always ever even has have had is was are were be been will would can could may might shall should must did does do also further later earlier again previously repeatedly publicly privately then now still once twice first last just already reportedly allegedly separately similarly subsequently initially flatly firmly strongly openly angrily quickly emphatically specifically explicitly consistently long recently often frequently never not n't outright flat-out meanwhile however too alone herself himself themselves itself")
	// stNegWords make the speech verb negated.
	// stNounModifiers open a noun phrase such as "False claims that …" or
	// "Media reports that …", never a subject on its own.
	stNounModifiers = stWordSet("false true unfounded baseless unsubstantiated unproven unverified unconfirmed bogus dubious wild outlandish similar such recent new earlier previous later initial early further additional repeated conflicting competing multiple several numerous various other media news press police local official anonymous online viral widespread persistent frequent rival opposing")
	stNegWords      = stWordSet("not n't never no neither nor refused declined failed cannot")
	// stClauseWords end a subject noun phrase going leftwards.
	stClauseWords = stWordSet("that which who whom whose when while where after before because although though if unless since so but or as than until whether once how why what nor yet")
	// stPrepWords start adjunct phrases after a speech verb.
	stPrepWords = stWordSet("aboard alongside in on at during to of from after before via through yesterday today tonight earlier later when while with by under over ahead amid following into onto about against across throughout inside outside underneath beneath near")
	// stDeterminers open a noun phrase.
	stDeterminers = stWordSet("the a an this that these those his her its their our my your some several many two three four five both another other one each all any no such")
	// personPronouns refer to people or groups.
	stSubjectPronouns = stWordSet("he she they it we i you")
	// intro words are dropped from the start of reported content.
	stIntroWords = stWordSet("but and so however yet also meanwhile still now then instead moreover furthermore nevertheless nonetheless additionally likewise similarly separately indeed besides")
	// stBadSubjects are words that cannot be a speaker on their own.
	stBadSubjects = stWordSet("who which that what this these those there here it's one many some few most all others other study survey research data report poll analysis findings figures results number")
	// stFindingHeads are sources whose "according to" or speech is a finding,
	// not a statement.
	stFindingHeads = stWordSet("science neuroscience details guidelines guideline test tests scan scans study studies survey surveys research data poll polls analysis figures statistics estimates census records returns average averages polling model models findings results numbers projections calculations tally count documents document filings filing court ruling review audit index chart map facts evidence experiments experiment observations measurements simulations trials images footage work")
	// stOrgWords mark an organisation name or description.
	stOrgWords = stWordSet("trust society company companies giant planemaker carmaker chipmaker drugmaker automaker institution institutions airport airports museum zoo prison jail library clinic charity regulator watchdog airline laboratory laboratories lab labs tribe guild coalition alliance caucus consortium lobby bureau group label firm brokerage consultancy agency ministry department office government administration council committee commission organisation organization association union party board bank corporation corp corp. inc inc. ltd ltd. llc co co. records productions network news times post journal institute university college school hospital police army military navy court team club federation league foundation fund authority authorities service services statement report website outlet newspaper paper magazine channel broadcaster embassy mission consulate parliament senate congress house cabinet campaign regime studio studios industries holdings partners capital media entertainment pictures technologies systems motors airlines pharmaceuticals therapeutics solutions communications brands foods")
	// plural heads of group speakers.
	stGroupWords = stWordSet("management leadership staff critics opponents supporters proponents campaigners protesters demonstrators observers commentators officials authorities sources experts analysts researchers authors scientists residents people witnesses activists lawmakers leaders members critics police investigators prosecutors organisers organizers officers diplomats doctors aides advisers advisors deportees insiders executives representatives spokespeople ministers family families couple pair duo trio crowd audience public jury relatives parents community rebels militants insurgents fighters troops soldiers villagers farmers neighbors neighbours locals teachers nurses students workers employees unions survivors passengers economists traders")
	// stTitleWords precede a person's name and are dropped from it.
	stTitleWords = stWordSet("secretary-general attorney-general director-general governor-general solicitor-general inspector-general surgeon-general commander-in-chief editor-in-chief chief-executive vice-president vice-chancellor councillor councilor councilman councilwoman councilmember councilmembers assemblymember alderman alderwoman assemblyman assemblywoman delegate mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady president vice prime minister secretary senator sen sen. rep rep. representative congressman congresswoman governor gov gov. mayor judge justice chief coach manager general gen gen. colonel col col. captain capt capt. lieutenant lt lt. sergeant sgt sgt. admiral king queen prince princess pope rev rev. reverend father sister brother bishop rabbi imam sheikh pastor ambassador chancellor chairman chairwoman chair ceo cfo director spokesman spokeswoman spokesperson author senior junior deputy acting former late foreign defense defence interior finance state health trade economy minister's special envoy commissioner superintendent inspector officer agent detective attorney lawyer counsel analyst strategist economist professor editor anchor host star striker midfielder defender forward guard centre center quarterback pitcher champion player captain founder owner boss leader whip speaker comptroller administrator commander head executive officer premier actor actress singer rapper musician artist writer novelist filmmaker comedian athlete swimmer golfer boxer goalkeeper entrepreneur billionaire businessman businesswoman candidate nominee coroner engineer sheriff prosecutor treasurer auditor surgeon physician historian architect pilot olympian paralympian")
	// stCommonCaps are capitalised words that start sentences but are not
	// names.
	stCommonCaps = stWordSet("the a an and but or so then now however meanwhile in on at for from to of by with after before during when while if as once until unless whereas although though because since this that these those there here it its he she they we i you his her their our my your some many most all both each every no not also yet still earlier later last next first one two three monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december according asked speaking read more comments share follow subscribe photo image video watch listen such several another any neither either whether although though because since unlike despite instead thus hence even only just perhaps maybe indeed recent")
	// stNounForms are third-person verb forms that are more often plural
	// nouns ("claims", "reports"); they are cues only with a that-clause,
	// a quotation or after their content.
	stNounForms = stWordSet("call calls appeal appeals cite cites ask asks tout touts state claim report note comment post remark promise pledge charge estimate demand tweet reply counter vow hint joke stress quip lament boast read conclude continue respond answer states claims reports notes comments posts remarks promises pledges charges estimates demands tweets replies counters vows hints jokes stresses quips laments boasts reads concludes continues accounts statements answers responds")
	// stSpeakerSuffixes end nouns that name people ("manager", "analyst").
	stSpeakerSuffixes = []string{"er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ent", "ents", "ant", "ants", "ive", "ives", "man", "men", "woman", "women", "person", "people", "ee", "ees", "eur", "eurs"}
	// stReportHeads are documents that "according to" can cite.
	stReportHeads = stWordSet("report reports statement statements release filing letter memo tweet post interview account accounts testimony transcript announcement")
)

// stPhraseCues are speech cues only as part of a phrase, kept apart from
// stCueTable so that "said in the release" still reads "release" as a
// noun: "issued a statement that …" and "made it clear that …" (see
// phraseCueEnd).
var stPhraseCues = stPhraseForms(map[string][4]string{
	"issue":           {"issue", "issues", "issued", "issuing"},
	"release":         {"release", "releases", "released", "releasing"},
	"make clear":      {"make", "makes", "made", "making"},
	"express concern": {"express", "expresses", "expressed", "expressing"},
	"deliver message": {"deliver", "delivers", "delivered", "delivering"},
})

// stPhraseForms maps the base, third-person, past and present-participle
// forms of each lemma to its cue word; they all need a that-clause or a
// quotation.
func stPhraseForms(lemmas map[string][4]string) map[string]stCueWord {
	m := map[string]stCueWord{}
	for lemma, forms := range lemmas {
		for i, f := range forms {
			form := i
			if i == 3 {
				form = 4 // the present participle
			}
			m[f] = stCueWord{lemma: lemma, flags: stCueNeedThat, form: form}
		}
	}
	return m
}

// stPossessives are possessive determiners opening a clause's subject:
// "the firm claims its prices have fallen".
var stPossessives = stWordSet("his her its their our my your")

// stLyNouns end in "-ly" but are not adverbs: "the family said", "the
// assembly voted", "the weekly reported".
var stLyNouns = stWordSet("family families assembly assemblies rally rallies ally allies daily dailies weekly weeklies monthly quarterly elderly supply supplies reply replies monopoly anomaly anomalies bully bullies belly tally lily jelly fly butterfly folly homily italy july emily kelly sally holly molly polly billy willy ely")

// stAdverbLy reports whether w reads as an "-ly" adverb ("quickly",
// "later"-like modifiers of a verb) rather than a noun such as "family".
func stAdverbLy(w string) bool {
	return strings.HasSuffix(w, "ly") && !stLyNouns[w]
}
