package index

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// Word lists for the synthetic corpus. Small, but enough to give the
// analyzers realistic work and queries realistic selectivity.
var (
	corpusFirst = []string{"Benjamin", "Joe", "Olaf", "Emmanuel", "Ursula", "Recep Tayyip", "Narendra",
		"Giorgia", "Keir", "Volodymyr", "Xi", "Luiz Inácio", "Antony", "Kamala", "Pedro", "Justin"}
	corpusLast = []string{"Netanyahu", "Biden", "Scholz", "Macron", "von der Leyen", "Erdoğan", "Modi",
		"Meloni", "Starmer", "Zelensky", "Jinping", "Lula da Silva", "Blinken", "Harris", "Sánchez", "Trudeau"}
	corpusOutlets = []string{"Reuters", "AP", "BBC News", "Le Monde", "Der Spiegel", "Al Jazeera",
		"The Guardian", "El País", "NHK", "Haaretz"}
	corpusCues  = []string{"said", "told", "added", "warned", "argued", "insisted", "claimed", "noted"}
	corpusKinds = []string{"direct", "indirect", "mixed"}
	corpusWords = strings.Fields(`the government will not accept any ceasefire talks economy inflation
		rates border security election campaign voters parliament budget deficit climate energy
		prices war peace negotiations sanctions trade tariffs agreement summit minister president
		people country future children schools hospitals workers wages taxes reform crisis army
		troops aid humanitarian refugees migration policy law court justice freedom democracy
		we must stand together against threat responsibility commitment support allies partners
		growth jobs investment industry farmers markets banks interest record historic decision`)
)

// corpus returns n deterministic synthetic statements with the shape of
// real news text (see corpusZipf); tests and benchmarks use it.
// QUOTEWIRE_BENCH_CORPUS=dense makes the benchmarks use corpusDense instead.
func corpus(n int, seed uint64) []Record { return corpusZipf(n, seed) }

// corpusDense returns n deterministic synthetic statements from small word
// lists (the worst case for text queries; nothing generated is written to
// the repository): about five per article, 256 speakers, 10 outlets,
// kinds and cues drawn uniformly from the lists above, texts of 12-40
// words from a 100-word vocabulary (every word is in about a quarter of
// all statements), publication dates spread over two years. One speaker
// in ten is written with a title or by surname only ("Prime Minister
// Benjamin Netanyahu", "Mr. Netanyahu"), and one statement in twenty
// repeats an earlier one (same speaker and text) in another outlet's
// article, as syndication does.
func corpusDense(n int, seed uint64) []Record {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	pick := func(list []string) string { return list[rng.IntN(len(list))] }
	return generate(n, rng, corpusGen{
		speaker: func() (string, string) { return pick(corpusFirst), pick(corpusLast) },
		outlet:  func() string { return pick(corpusOutlets) },
		word:    func() string { return pick(corpusWords) },
	})
}

// Sizes of the realistic corpus: see corpusZipf.
const (
	zipfPseudoWords = 8000
	zipfSpeakers    = 20000
	zipfOutlets     = 200
)

// corpusFunctionWords are the most frequent English words, the head of the
// realistic corpus's vocabulary (most are stop words to the analyzer).
var corpusFunctionWords = strings.Fields(`the of to and a in that is for it as was with be by on not he
	i this are or his from at which but have an they you were her she there been one all we their has
	would when if so no will can more out who up do said about than its into them only also our could
	new two after first time very over years these just like other people some what now may last year
	told because while most where such through those against between during before even back still
	under both since until well much many any each should being made day three says government`)

// corpusZipf returns n deterministic synthetic statements shaped like news
// text (nothing generated is written to the repository):
//
//   - words: a vocabulary of the 200 or so most frequent English function
//     words, then the 100 topical words of corpusWords, then 8,000
//     generated pseudo-words ("bavelo", "kristun"), drawn Zipf-distributed
//     by rank (s = 1.07, v = 2), as word frequencies in text are: "the" is
//     in 85% of statements, "of" in 70% (stop words to the analyzer), a
//     topical word ("government", "inflation") in 2-5%, most pseudo-words
//     in a few statements in ten thousand;
//   - speakers: 20,000 people, Zipf-distributed (s = 1.1, v = 10) so that
//     the 16 politicians of corpusFirst/corpusLast are the most
//     quoted (the first in 1.7% of statements, the 16th in 0.6%) and most
//     people are quoted a handful of times; generated first names and
//     surnames otherwise;
//   - outlets: 200 (the 10 of corpusOutlets first, then generated names),
//     Zipf-distributed (s = 1.2, v = 5): Reuters carries 7% of statements;
//   - the rest as corpusDense: about five statements per article, texts
//     of 12-40 words, dates uniform over 2023-2024, titles and surname-only
//     forms, one statement in twenty a syndicated copy of an earlier one.
func corpusZipf(n int, seed uint64) []Record {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	// The lists come from their own fixed seed: the same for every corpus.
	lists := rand.New(rand.NewPCG(1, 2))
	vocab := append(append(slices.Clone(corpusFunctionWords), corpusWords...), pseudoWords(lists, zipfPseudoWords, 2, 4)...)
	firsts := pseudoWords(lists, 400, 2, 3)
	lasts := pseudoWords(lists, 5000, 2, 4)
	type name struct{ first, last string }
	speakers := make([]name, zipfSpeakers)
	for i := range speakers {
		if i < len(corpusFirst) {
			speakers[i] = name{corpusFirst[i], corpusLast[i]}
			continue
		}
		speakers[i] = name{title(firsts[lists.IntN(len(firsts))]), title(lasts[lists.IntN(len(lasts))])}
	}
	outlets := slices.Clone(corpusOutlets)
	for len(outlets) < zipfOutlets {
		outlets = append(outlets, "The "+title(pseudoWords(lists, 1, 2, 3)[0])+" "+[]string{"Times", "Post", "Herald", "Daily", "Tribune"}[lists.IntN(5)])
	}
	words := rand.NewZipf(rng, 1.07, 2, uint64(len(vocab)-1))
	people := rand.NewZipf(rng, 1.1, 10, uint64(len(speakers)-1))
	papers := rand.NewZipf(rng, 1.2, 5, uint64(len(outlets)-1))
	return generate(n, rng, corpusGen{
		speaker: func() (string, string) { s := speakers[people.Uint64()]; return s.first, s.last },
		outlet:  func() string { return outlets[papers.Uint64()] },
		word:    func() string { return vocab[words.Uint64()] },
	})
}

// pseudoWords returns n distinct pronounceable lower-case words of min to
// max syllables.
func pseudoWords(rng *rand.Rand, n, minSyl, maxSyl int) []string {
	const cons, vowels = "bdfgklmnprstvz", "aeiou"
	seen := map[string]bool{}
	out := make([]string, 0, n)
	for len(out) < n {
		var b strings.Builder
		for range minSyl + rng.IntN(maxSyl-minSyl+1) {
			b.WriteByte(cons[rng.IntN(len(cons))])
			b.WriteByte(vowels[rng.IntN(len(vowels))])
			if rng.IntN(3) == 0 {
				b.WriteByte(cons[rng.IntN(len(cons))])
			}
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// title upper-cases the first letter of an ASCII word.
func title(w string) string { return strings.ToUpper(w[:1]) + w[1:] }

// corpusGen draws a corpus's speakers, outlets and words.
type corpusGen struct {
	speaker func() (first, last string)
	outlet  func() string
	word    func() string
}

// generate builds n statements drawing from g (see corpusDense).
func generate(n int, rng *rand.Rand, g corpusGen) []Record {
	base := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	pick := func(list []string) string { return list[rng.IntN(len(list))] }
	sentence := func(n int) string {
		words := make([]string, n)
		for i := range words {
			words[i] = g.word()
		}
		return strings.Join(words, " ")
	}
	recs := make([]Record, 0, n)
	var (
		article   int
		url       string
		title     string
		outlet    string
		published time.Time
		paragraph int
	)
	for len(recs) < n {
		if len(recs) == 0 || rng.IntN(5) == 0 {
			article++
			outlet = g.outlet()
			url = fmt.Sprintf("https://news.example/%s/%d", strings.ToLower(strings.ReplaceAll(outlet, " ", "-")), article)
			title = sentence(6 + rng.IntN(6))
			published = base.Add(time.Duration(rng.Int64N(int64(2 * 365 * 24 * time.Hour)))).Truncate(time.Second)
			paragraph = 0
		}
		paragraph += 1 + rng.IntN(3)
		first, last := g.speaker()
		speaker := first + " " + last
		switch rng.IntN(20) {
		case 0:
			speaker = "Mr. " + last
		case 1:
			speaker = "Prime Minister " + speaker
		}
		text := sentence(12 + rng.IntN(29))
		if len(recs) > 0 && rng.IntN(20) == 0 {
			prev := recs[rng.IntN(len(recs))]
			speaker, text = prev.Speaker, prev.Text
		}
		recs = append(recs, Record{
			Speaker:   speaker,
			Cue:       pick(corpusCues),
			Kind:      pick(corpusKinds),
			Text:      text,
			To:        pick([]string{"", "", "reporters", "Reuters", "parliament"}),
			Paragraph: paragraph,
			URL:       url,
			Title:     title,
			Outlet:    outlet,
			Published: published,
			Extracted: published.Add(time.Duration(rng.IntN(3600)) * time.Second),
		})
	}
	return recs
}
