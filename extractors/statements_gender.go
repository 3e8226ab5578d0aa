package extractors

import (
	"slices"
	"strings"
)

// Genders of people the article names but never refers to by pronoun
// yet: guessed from an honorific or a gendered role given with the name
// ("Ms. Lind", "spokeswoman Ann Lee") or from a given name that is used
// almost only for one sex. The lists are short on purpose: a name that
// is common for both (Jordan, Alex, Robin) is in neither, and a wrong
// guess only stops "he" or "she" from reaching that person.

// stFemaleWords and stMaleWords are honorifics and roles with a sex.
var (
	stFemaleWords = stWordSet("mrs mrs. ms ms. miss dame lady queen princess duchess countess baroness sister mother grandmother wife daughter aunt niece actress spokeswoman chairwoman congresswoman councilwoman assemblywoman alderwoman businesswoman sportswoman policewoman stateswoman widow girl woman")
	stMaleWords   = stWordSet("mr mr. sir lord king prince duke count baron brother father grandfather husband son uncle nephew spokesman congressman councilman assemblyman alderman businessman sportsman policeman statesman widower boy man")
)

// stFemaleGiven and stMaleGiven are given names used almost only for one
// sex in English-language news.
var (
	stFemaleGiven = stWordSet("mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann anne sara frances kathryn janice abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla lori ellen elena eleanor nora claire caroline hillary nikki nancy kamala ilhan alexandria elise marsha tulsi kirsten tammy gretchen kristi janet gina lina ursula angela theresa jacinda nicola liz priti yvette jane margot greta malala oprah beyonce rihanna serena venus simone naomi meghan kate camilla melania ivanka michelle jill kellyanne sarah nikki betsy elaine kirstjen gwynne marillyn ginni mia ava chloe zoe lucy ella sofia isabel irene ingrid astrid heidi petra monika anja katja marta agnieszka olga natalia svetlana tatiana yulia irina fatima aisha leila yasmin priya aditi sunita mei ling yuki keiko hana carla paula rosa lucia sonia silvia gabriela adriana veronica monica daniela alejandra patricia beatriz ines marta clara julia juliana mariana fernanda isabelle sophie camille chloe amelie brigitte simone nathalie sandrine valerie francoise anne-marie birgit ulrike sabine susanne claudia kerstin karin annika johanna lena leonie marina ekaterina anastasia elena sveta zainab amina nadia samira layla noor zahra deepa anjali lakshmi meera shreya sakura yoko akiko naoko min-jung ji-woo su-jin wendy tina gail joanne sheila colleen kathy debbie sue peggy rita vera edith ethel hazel mabel molly polly sally jenny penny becky cindy mandy kristen kirsty fiona morag siobhan aoife niamh ciara roisin saoirse bridget maureen eileen kathleen noreen tracy stacy lacey brittney courtney whitney britney kaitlyn caitlin katelyn jasmine destiny brianna gabrielle jocelyn evangeline rosalind gwendolyn priscilla marjorie lorraine geraldine jacqueline bernadette georgina henrietta josephine harriet matilda beatrice florence imogen phoebe freya ada kristy roxanne hilary rashida lizzie priyanka kristalina annalena giorgia sanna mette abby erin holly lindsey tiffany vanessa yvonne yolanda amelia scarlett aria luna penelope lily violet savannah audrey bella skylar paisley aaliyah kinsley allison maya sadie gabriella stella leah eva katie maggie jen beth meg gwen lynn mae wanda cora alexis opal")
	stMaleGiven   = stWordSet("james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl sean austin arthur lawrence jesse dylan bryan joe bruce billy albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny mike bill bob tom jim steve dave chris matt dan tim ben sam nick greg ted jeff joel mitch chuck boris vladimir xi emmanuel justin narendra recep benjamin bashar hassan ali mohammed muhammad ahmed omar mahmoud abdullah hussein khalid yusuf ibrahim mustafa sergei dmitry igor andrei alexei ivan mikhail nikolai hans klaus jurgen wolfgang helmut friedrich pierre jean-claude francois jacques luigi giuseppe giovanni marco paolo carlos miguel jorge luis pedro manuel rafael diego javier hiroshi takeshi kenji wei jun raj rahul amit sanjay hugh nigel rupert clive graham ian neil colin keith malcolm angus rishi keir jeremy tony gordon vince barack rudy mike marco rand ron adam elon jeff tim satya sundar mark warren lebron tiger roger rafael novak cristiano lionel kurt marcelo jared stephen kevin carlos pablo sergio alberto roberto fernando ricardo eduardo andres alejandro francisco antonio enrique ramon raul oscar hector arturo cesar mario fabio matteo lorenzo alessandro stefano thierry olivier nicolas mathieu guillaume antoine laurent philippe bernard didier stephane heinz dieter gunter jorg uwe sven lars anders nils henrik jens piotr tomasz krzysztof pawel vaclav viktor oleg yuri pavel artem maxim ahmad hamid reza mehdi saeed tariq faisal imran arjun vikram rohit anil sunil vijay ramesh suresh hiroki kenta haruto takumi shinzo yoshihide fumio min-ho ji-hoon seung hyun-woo dong-hyun frank fred harry ernest herbert leonard stanley howard norman melvin marvin leroy clarence floyd lloyd otis homer chester cecil wilbur rex max leo felix hugo liam mason lucas oliver elliot finn connor declan cormac seamus eamon liam padraig ciaran darragh rory alastair callum hamish fraser euan ewan dougal murdo gareth rhys dafydd owain evan ifan tristan barnaby crispin jeremiah ezekiel isaiah malachi josiah tobias magnus erik olaf bjorn rolf knut gavin trevor shane derek craig todd chad brett dustin travis cody lance glenn dale duane curtis troy marcus dwayne darren wesley blake spencer seth luke owen caleb isaac eli wyatt bradley mitchell shawn allen marc stuart darryl terrence kirk brad phil rick rob ricky danny tommy jimmy kenny freddie archie alfie harvey reggie ronnie nathaniel jonah gideon levi asher ezra silas jasper theo theodore elias julian adrian damian dominic victor xavier andre jalen dwight mohammad mohamed abdul hamza bilal usman aziz karim nabil yasser salman zaid ayman amir hasan hussain kareem rashid sami tarek walid yousef youssef ehud yair benny moshe avi yosef naftali itamar gilad yoav eitan uri shimon shaul yitzhak humza martin simon andy eddie jake josh jon mick ollie paddy terry zach zack ken joey pete alex sid alec jerome calvin lester stan hank jimmie vernon clifford leon rodney darnell jamal tyrone demetrius deshawn terrell lamar marquis ruben edgar ramiro salvador armando ernesto alfredo guillermo gustavo rodrigo emilio mateo santiago tomas benito elliott gus irving bernie herb jules lyle milton myron nate quentin rodger sheldon sonny toby vaughn woody earl gene glen")
)

// sexOf is the sex of person id as far as the article tells it: learnt
// from pronouns, or guessed from an honorific, a gendered role or the
// given name; 0 when unknown.
func (e *stEngine) sexOf(id int) uint8 {
	en := &e.ents[id]
	if en.gender != 0 || en.kind != stEntPerson {
		return en.gender
	}
	if en.head != "" {
		// "a spokesman", "the businesswoman": the description tells.
		switch {
		case stFemaleWords[en.head]:
			return stFemale
		case stMaleWords[en.head]:
			return stMale
		}
	}
	return e.sexOfName(en.toks)
}

// sexAllows reports whether person id may be referred to by a pronoun
// of sex g: its sex is g or unknown.
func (e *stEngine) sexAllows(id int, g uint8) bool {
	sx := e.sexOf(id)
	return sx == 0 || sx == g
}

// sexOfName guesses the sex of the person named by the lower-case words
// toks from an honorific, a gendered role or the given name; 0 when
// unknown.
func (e *stEngine) sexOfName(toks []string) uint8 {
	if len(toks) == 0 {
		return 0
	}
	last := toks[len(toks)-1]
	if len(toks) > 1 && e.otherOfSurname(toks) {
		// "Melania Trump" is not the "businessman Donald Trump" whose
		// honorifics and titles the surname gathered.
		return stSexOfGiven(strings.TrimSuffix(toks[0], "."))
	}
	if g := e.sexes[last]; g != 0 {
		return g
	}
	for t := range e.titles[last] {
		switch {
		case stFemaleWords[t]:
			return stFemale
		case stMaleWords[t]:
			return stMale
		}
	}
	given := toks
	if full, ok := e.names[last]; ok && len(strings.Fields(full)) > len(given) {
		if f := strings.Fields(strings.ToLower(full)); len(toks) == 1 || slices.Equal(f[len(f)-len(toks):], toks) {
			given = f // (but "Ann Warren" is not the "Timothy James Warren" of the same surname)
		}
	}
	for len(given) > 2 && stNameLabels[given[0]] {
		given = given[1:] // "Republican Donald Trump": the label is no given name
	}
	if len(given) < 2 {
		return 0
	}
	return stSexOfGiven(strings.TrimSuffix(given[0], "."))
}

// stSexOfGiven is the sex a given name suggests, 0 when it is not known
// or used for both.
func stSexOfGiven(w string) uint8 {
	switch m, f := stMaleGiven[w], stFemaleGiven[w]; {
	case m && !f:
		return stMale
	case f && !m:
		return stFemale
	}
	return 0
}

// stCollectSexes maps the last word of every name given with an
// honorific ("Ms. Ann Lee", "Mr. Park") to the sex it tells.
func stCollectSexes(paras []stPara) map[string]uint8 {
	sexes := map[string]uint8{}
	for pi := range paras {
		p := &paras[pi]
		for k := 0; k+1 < len(p.toks); k++ {
			w := p.word(k)
			var g uint8
			switch w {
			case "mr.", "mr", "sir":
				g = stMale
			case "mrs.", "mrs", "ms.", "ms", "dame":
				g = stFemale
			default:
				continue
			}
			m := k + 1
			for m < len(p.toks) && p.isNameWord(m) {
				m++
			}
			if m == k+1 {
				continue
			}
			last := stLastWord(stStripPossessive(p.span(k+1, m)))
			if old, ok := sexes[last]; ok && old != g {
				g = 0 // two people of one surname
			}
			sexes[last] = g
		}
	}
	return sexes
}

// stCollectMidCaps is the set of words the article capitalises inside a
// sentence: names, as opposed to words capitalised only because they
// open one ("Fresh fillets sell for …").
func stCollectMidCaps(paras []stPara) map[string]bool {
	caps := map[string]bool{}
	for pi := range paras {
		p := &paras[pi]
		for _, se := range p.sents {
			for k := se[0] + 1; k < se[1]; k++ {
				if p.toks[k].kind == stWord && p.toks[k].cap && p.toks[k-1].kind == stWord {
					caps[stStripPossessive(p.toks[k].low)] = true
				}
			}
		}
	}
	return caps
}

// otherOfSurname reports whether the full name toks has a given name the
// article's fullest name of that surname does not: another person of the
// same surname.
func (e *stEngine) otherOfSurname(toks []string) bool {
	full, ok := e.names[toks[len(toks)-1]]
	if !ok {
		return false
	}
	first, rest, ok := strings.Cut(full, " ")
	if !ok {
		return false
	}
	for w := first; ok; w, rest, ok = strings.Cut(rest, " ") {
		if strings.EqualFold(w, toks[0]) {
			return false // (every word but the surname; no allocation)
		}
	}
	return !stSameGiven(strings.ToLower(first), toks[0])
}
