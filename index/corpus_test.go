package index

import (
	"fmt"
	"math/rand/v2"
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

// corpus returns n deterministic synthetic statements for tests and
// benchmarks (BenchmarkIndex, BenchmarkSearch and BenchmarkScale size it
// with QUOTEWIRE_BENCH_INDEX_N and QUOTEWIRE_BENCH_N; nothing generated is
// written to the repository): about five per article, speakers, outlets,
// kinds and cues drawn from the lists above, texts of 12-40 words,
// publication dates spread over two years. One speaker in ten is written
// with a title or by surname only ("Prime Minister Benjamin Netanyahu",
// "Mr. Netanyahu"), and one statement in twenty repeats an earlier one
// (same speaker and text) in another outlet's article, as syndication does.
func corpus(n int, seed uint64) []Record {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	base := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	pick := func(list []string) string { return list[rng.IntN(len(list))] }
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
			outlet = pick(corpusOutlets)
			url = fmt.Sprintf("https://news.example/%s/%d", strings.ToLower(strings.ReplaceAll(outlet, " ", "-")), article)
			title = sentence(rng, 6+rng.IntN(6))
			published = base.Add(time.Duration(rng.Int64N(int64(2 * 365 * 24 * time.Hour)))).Truncate(time.Second)
			paragraph = 0
		}
		paragraph += 1 + rng.IntN(3)
		first, last := pick(corpusFirst), pick(corpusLast)
		speaker := first + " " + last
		switch rng.IntN(20) {
		case 0:
			speaker = "Mr. " + last
		case 1:
			speaker = "Prime Minister " + speaker
		}
		text := sentence(rng, 12+rng.IntN(29))
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

// sentence joins n random words from corpusWords.
func sentence(rng *rand.Rand, n int) string {
	words := make([]string, n)
	for i := range words {
		words[i] = corpusWords[rng.IntN(len(corpusWords))]
	}
	return strings.Join(words, " ")
}
