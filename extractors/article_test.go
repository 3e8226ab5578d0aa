package extractors

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// update rewrites the golden files: go test ./extractors -run TestArticleGolden -update
var update = flag.Bool("update", false, "rewrite testdata/articles/*/want.json from the current output")

// goldenNow is the extraction time the golden files are made with.
var goldenNow = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

// goldenArticle is an Article as stored in want.json, paragraphs included.
type goldenArticle struct {
	URL        string    `json:"url"`
	Title      string    `json:"title"`
	Authors    []string  `json:"authors"`
	Published  time.Time `json:"published"`
	Modified   time.Time `json:"modified"`
	SiteName   string    `json:"outlet"`
	Language   string    `json:"language"`
	Paragraphs []string  `json:"paragraphs"`
}

func toGolden(a *Article) goldenArticle {
	return goldenArticle{a.URL, a.Title, a.Authors, a.Published, a.Modified, a.SiteName, a.Language, a.Paragraphs}
}

// extractAt runs the FromHTML path with a fixed extraction time.
func extractAt(t *testing.T, page []byte, contentType string, pageURL *url.URL, now time.Time) *Article {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(decodePage(page, contentType)))
	if err != nil {
		t.Fatal(err)
	}
	return fromNode(root, pageURL, now)
}

// TestArticleGolden extracts every testdata/articles/<case>/page.html (with
// the URL in url.txt when present) and compares with want.json.
func TestArticleGolden(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "articles", "*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatal("no golden cases")
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join(dir, "page.html"))
			if err != nil {
				t.Fatal(err)
			}
			raw := "https://example.test/" + filepath.Base(dir)
			if b, err := os.ReadFile(filepath.Join(dir, "url.txt")); err == nil {
				raw = strings.TrimSpace(string(b))
			}
			u, err := url.Parse(raw)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(toGolden(extractAt(t, page, "", u, goldenNow)), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			wantPath := filepath.Join(dir, "want.json")
			if *update {
				if err := os.WriteFile(wantPath, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantPath)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("extraction differs from %s:\ngot:\n%s\nwant:\n%s", wantPath, got, want)
			}
		})
	}
}

// TestArticleFromDocument checks that the goquery entry point gives the same
// article as FromHTML and leaves the document alone.
func TestArticleFromDocument(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "articles", "news-jsonld", "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	before, _ := doc.Html()
	u, _ := url.Parse("https://ledger.example/x")
	a := FromDocument(doc, u)
	after, _ := doc.Html()
	if before != after {
		t.Error("FromDocument modified the document")
	}
	b, err := FromHTML(page, "text/html; charset=utf-8", u)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(a.Paragraphs, "\n") != strings.Join(b.Paragraphs, "\n") || a.Title != b.Title {
		t.Errorf("FromDocument and FromHTML disagree:\n%q\n%q", a.Paragraphs, b.Paragraphs)
	}
	if len(a.Paragraphs) == 0 {
		t.Error("no paragraphs")
	}
	if got := FromDocument(nil, u); got.URL != u.String() {
		t.Errorf("nil document: URL %q", got.URL)
	}
}

// TestArticleBodyBoilerplate checks what the news-jsonld page must and must
// not yield, independently of the golden file.
func TestArticleBodyBoilerplate(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "articles", "news-jsonld", "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	a := extractAt(t, page, "", nil, goldenNow)
	body := strings.Join(a.Paragraphs, "\n")
	for _, want := range []string{"Crews on the three island ferry routes", "Why the rotas matter", "on our knees", "timetable for the strike days"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q", want)
		}
	}
	for _, bad := range []string{"Share on", "Photo:", "Related", "Harbor dredging", "morning briefing", "Advertisement", "Read more", "Gull", "All rights reserved", "Home", "Story reference", "Highlights", "have voted to walk out"} {
		if strings.Contains(body, bad) {
			t.Errorf("body holds boilerplate %q", bad)
		}
	}
	if want := []string{"Maren Olsted"}; strings.Join(a.Authors, "|") != strings.Join(want, "|") {
		t.Errorf("authors %q, want %q", a.Authors, want)
	}
}

// A list item whose class names a video keeps its paragraphs of the
// story, while a media box with no prose of its own and a boxed appeal
// for tips by email stay out of the body.
func TestArticleBodyMediaItemsAndTipBoxes(t *testing.T) {
	page := []byte(`<html><head><title>Ten odd things about the harbour</title></head><body><article>
<h1>Ten odd things about the harbour</h1>
<p>The harbour has been rebuilt three times since the war, and each time the city promised that the new walls would be the last ones it would ever need to pay for.</p>
<div class="list_item list_item_video video_hit"><h2>2. The pier keeper said the old crane was never meant to lift ships, and that the council had known it for years before the accident.</h2>
<div class="video-player"><p>Loading video</p></div>
<p>Records show the crane was inspected twice in the decade before it failed, both times by the same contractor, who was later fined.</p></div>
<div class="video-rail"><p>Watch: more harbour videos</p></div>
<blockquote class="blockquote-embed"><p>Is there something you think we should know about the harbour? Email the writer at harbour.tips@example.org. Signal: 555-0100.</p></blockquote>
<p>The council says a new crane will arrive in the spring, though it has not yet said who will inspect it or how often that will happen.</p>
</article></body></html>`)
	a := extractAt(t, page, "", nil, goldenNow)
	body := strings.Join(a.Paragraphs, "\n")
	for _, want := range []string{"the pier keeper said", "records show the crane"} {
		if !strings.Contains(strings.ToLower(body), want) {
			t.Errorf("body lost %q: %q", want, a.Paragraphs)
		}
	}
	for _, unwanted := range []string{"Loading video", "Watch: more harbour videos", "Email the writer"} {
		if strings.Contains(body, unwanted) {
			t.Errorf("body kept %q: %q", unwanted, a.Paragraphs)
		}
	}
}

// An article built of sibling blocks, each wrapping its text with a small
// caption, is read whole: the climb from the best block passes the
// wrapper that adds only the caption.
func TestArticleBodySiblingBlocks(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>The museum opens</title></head><body><div class="shell"><div class="graphic"><div class="blocks">`)
	texts := []string{
		"The new museum opened on Saturday after a decade of planning, fundraising, arguments, lawsuits, delays, redesigns, strikes, floods, and one fire, and the first visitors, who had queued from dawn along the avenue, in the rain, with children, dogs, flasks and folding chairs, filed in quietly, looked up at the great hall, and then, almost at once, began to talk, to point, to photograph, and to argue about what they saw, which, the director said, was exactly what the building had been made for, long ago, by people who are no longer alive to see it.",
		"Its bronze facade was designed to recall the ironwork of the old harbour district, the architects said at the opening, to a round of applause.",
		"Inside, the first floor holds objects given by families from every part of the country, each with a short account written by the donor.",
		"One donor, a retired teacher from the coast, wrote that her grandmother's hymnal had been kept in a drawer for ninety years before she offered it.",
		"Another gave a railway pass that had carried his uncle north in 1936, and a letter the uncle wrote home from the first city he reached.",
		"A third case holds a pair of worn work boots, given by a woman whose father walked in them to the shipyard every day for forty years.",
		"On the second floor, a long gallery follows the river trade, with maps, ledgers and the bell of a steamer that sank in the great flood.",
		"The museum will be free to enter for its first month, the director said, and school groups can book guided visits from next week on.",
	}
	for i, s := range texts {
		fmt.Fprintf(&b, `<div class="block block-%d"><div class="text"><p>%s</p></div><div class="label">Hymnal, 19%d0</div></div>`, i, s, i)
	}
	b.WriteString(`</div></div></div></body></html>`)
	a := extractAt(t, []byte(b.String()), "", nil, goldenNow)
	body := strings.Join(a.Paragraphs, "\n")
	for _, s := range texts {
		if !strings.Contains(body, s[:40]) {
			t.Errorf("body lost %q: %q", s[:40], a.Paragraphs)
		}
	}
}

// A class word after "with" or "has" says what an element holds, not
// what it is: the page column "with-sidebar-right" is no sidebar, and
// when broken markup has spilled the second half of the story out of it,
// both halves are read.
func TestArticleBodyWithSidebarColumn(t *testing.T) {
	inside := []string{
		"The ferry service to the outer islands will end in March, the operator told passengers on Monday, after forty years of crossings in every kind of weather.",
		"Islanders had been warned for months that the boats were too old to pass another inspection, but many had hoped that the county would step in with a grant.",
		"The county said on Tuesday that it had looked at three ways to keep the route open and that none of them could be paid for without cutting schools.",
	}
	outside := []string{
		"At the harbour on Wednesday, the mood among the crew was quiet. Most of them had worked the crossing for decades and said they had expected the news for a long time, though not so soon.",
		"A petition to save the route has gathered four thousand names, more than the population of the islands it serves, and will be handed to the council at its meeting next week.",
		"The operator said it would keep a smaller boat for emergencies and for the post, and that it would publish a timetable for the last winter of crossings by the end of the month.",
		"Shopkeepers on the largest island said they feared for the summer season, when visitors arrive by the hundred on the morning boat and leave on the evening one.",
	}
	var b strings.Builder
	b.WriteString(`<html><head><title>The ferry stops</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>`)
	b.WriteString(`<div class="container-full-width with-sidebar-right"><main class="content article"><div class="article-body">`)
	for _, s := range inside {
		fmt.Fprintf(&b, "<p>%s</p>", s)
	}
	b.WriteString(`</div></main><aside class="rail"><a href="/a">Other story one</a> <a href="/b">Other story two</a></aside></div>`)
	for _, s := range outside {
		fmt.Fprintf(&b, "<p>%s</p>", s)
	}
	b.WriteString(`</body></html>`)
	a := extractAt(t, []byte(b.String()), "", nil, goldenNow)
	checkBody(t, a, append(inside, outside...), []string{"Other story"})
}

// A block whose words all sit in an inline element named as a caption
// (a gallery's <cite id="galleryCaption1">) is a caption, though the
// block itself is an unnamed wrapper around the picture.
func TestArticleBodyInlineCaptionBlocks(t *testing.T) {
	story := []string{
		"The storm that had threatened holiday travel across the east coast weakened overnight, and most flights left on time on Wednesday morning.",
		"Airport officials said the worst delays had been in the early evening, when a line of thunderstorms crossed the region for about two hours.",
		"Rail services ran normally, and the highway patrol reported fewer accidents than on an ordinary weekday, which it put down to lighter traffic.",
	}
	var b strings.Builder
	b.WriteString(`<html><head><title>Storm weakens</title></head><body><div class="story">`)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&b, `<div class="photo-box"><img src="p%d.jpg" alt=""><cite id="galleryCaption%03d">Travellers wait in the rain at the bus station on Wednesday, November %d, as the long weekend begins across the region.</cite></div>`, i, i, 20+i)
	}
	for _, s := range story {
		fmt.Fprintf(&b, "<p>%s</p>", s)
	}
	b.WriteString(`</div></body></html>`)
	a := extractAt(t, []byte(b.String()), "", nil, goldenNow)
	checkBody(t, a, story, []string{"Travellers wait in the rain"})
}

// The card that pops up over a name in the text (a photo, the name again
// and links to other stories) is no part of the sentence it sits in.
func TestArticleBodyHoverCards(t *testing.T) {
	card := `<span class="rollover-people"><a class="rollover-people-link" href="/people/ann-lee">Ann Lee</a><span class="rollover-people-block"><span><img src="lee.jpg" alt=""><a class="name" href="/people/ann-lee">Ann Lee</a><a class="people-articles" href="/news/1">Council votes to close the old pier after years of delay</a> <a class="people-articles" href="/news/2">Ferry fares to rise in spring</a></span></span></span>`
	page := `<html><head><title>Man admits threats</title></head><body><article><h1>Man admits threats</h1>` +
		`<p>A harbour man pleaded guilty on Monday to charges that he threatened to harm Councillor ` + card + ` in a series of voicemails left at her office last spring.</p>` +
		`<p>Prosecutors said the man had called the office eleven times in two days, and that staff had been frightened enough to close it for a week while police investigated.</p>` +
		`<p>He will be sentenced in March and faces up to five years in prison, according to the county prosecutor's office, which announced the plea on Tuesday.</p>` +
		`</article></body></html>`
	a := extractAt(t, []byte(page), "", nil, goldenNow)
	checkBody(t, a, []string{"threatened to harm Councillor Ann Lee in a series of voicemails"}, []string{"Ferry fares"})
}

// A news service's copyright notice and "cite this article" line close
// many science stories; they are no part of the story.
func TestArticleBodyRightsNotice(t *testing.T) {
	story := []string{
		"Astronauts sent into a deep sleep for a long voyage would need smaller ships, a group of engineers argued this week in a study of crew quarters.",
		"The team said the mass saved on food, water and living space could be spent on shielding, and that the crew would be calmer on waking.",
		"Other researchers said the biology of human hibernation was still far from understood, and that no one should expect a trial within a decade.",
	}
	page := `<html><head><title>Sleeping crews</title></head><body><article><h1>Sleeping crews</h1>`
	for _, s := range story {
		page += "<p>" + s + "</p>"
	}
	page += `<p>Advert</p><p>This slideshow requires JavaScript.</p><p>Explore further</p><p>Citation: Sleeping crews would need smaller ships (2019, November 18) retrieved 20 November 2019 from https://example.org/news/sleeping-crews.html</p>` +
		`<p>This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.</p>` +
		`<p>To post a comment, log into your chosen social network and then add your comment below. Your comments are subject to our Terms of Service.</p></article></body></html>`
	a := extractAt(t, []byte(page), "", nil, goldenNow)
	checkBody(t, a, story, []string{"Explore further", "Citation:", "subject to copyright", "Advert", "requires JavaScript", "To post a comment"})
}

// checkBody fails t when the body of a lost the opening of a paragraph of
// keep (its first 40 bytes) or holds any of drop.
func checkBody(t *testing.T, a *Article, keep, drop []string) {
	t.Helper()
	body := strings.Join(a.Paragraphs, "\n")
	for _, s := range keep {
		if !strings.Contains(body, s[:min(40, len(s))]) {
			t.Errorf("body lost %q: %q", s[:min(40, len(s))], a.Paragraphs)
		}
	}
	for _, d := range drop {
		if strings.Contains(body, d) {
			t.Errorf("body kept %q: %q", d, a.Paragraphs)
		}
	}
}

// A pull quote set in a table cell or a "pull-quote" box repeats a line of
// the story for display; it is no paragraph of the text.
func TestArticleBodyPullQuotes(t *testing.T) {
	story := []string{
		"The harbour board met on Tuesday to decide whether the old ferry pier should be rebuilt or closed for good after the winter storms.",
		"Board chair Ida Moss said the repairs would cost more than the pier had earned in a decade. “Budgets are choices, and this one is easy,” she said.",
		"Fishing crews who use the pier every morning asked the board to wait until the spring, when the engineers will have finished their survey.",
	}
	page := `<html><head><title>Pier vote</title></head><body><article><h1>Pier vote</h1>` +
		`<p>` + story[0] + `</p>` +
		`<table width="40%" align="right"><tbody><tr><td class="pullquote">“Budgets are choices,” Moss said of the repairs.</td></tr></tbody></table>` +
		`<p>` + story[1] + `</p>` +
		`<aside class="pull-quote"><p>“This one is easy,” said the board chair.</p></aside>` +
		`<p>` + story[2] + `</p>` +
		`</article></body></html>`
	a := extractAt(t, []byte(page), "", nil, goldenNow)
	checkBody(t, a, story, []string{"of the repairs", "said the board chair"})
}

// TestArticleBodyPaywallParagraphs keeps paragraphs a site marks
// <p class="paywall"> (the part of the story behind its paywall) and still
// drops a paywall prompt.
func TestArticleBodyPaywallParagraphs(t *testing.T) {
	story := []string{
		"The county's new elections chief started work on Monday, three weeks before the first postal ballots are due to go out to voters.",
		"She grew up in a family of farm workers and organised her first voter drive at the age of sixteen, handing out leaflets at the market.",
		"Her predecessor said she was the calmest person he had ever worked with, and that the office would be in good hands during the count.",
	}
	page := `<html><head><title>New elections chief</title></head><body><article><h1>New elections chief</h1>` +
		`<p>` + story[0] + `</p>` +
		`<div class="paywall"><p>Subscribe today to keep reading every story.</p></div>` +
		`<p class="paywall">` + story[1] + `</p>` +
		`<p class="paywall">` + story[2] + `</p>` +
		`</article></body></html>`
	a := extractAt(t, []byte(page), "", nil, goldenNow)
	checkBody(t, a, story, []string{"Subscribe today"})

	// The same with the story's own classes beside "paywall" (The Irish
	// Times and similar sites); a link box of the same class stays out.
	page = `<html><head><title>New elections chief</title></head><body><article class="article-body-wrapper"><h1>New elections chief</h1>` +
		`<p class="styled-text body-paragraph">` + story[0] + `</p>` +
		`<p class="styled-text body-paragraph paywall">` + story[1] + `</p>` +
		`<p class="interstitial-link paywall">[ <a href="/other">Opinion: what the count will cost us</a> ]</p>` +
		`<p class="styled-text body-paragraph paywall">` + story[2] + `</p>` +
		`</article></body></html>`
	a = extractAt(t, []byte(page), "", nil, goldenNow)
	checkBody(t, a, story, []string{"what the count will cost"})
}

// TestArticleBodyHiddenLayout covers a page whose whole layout sits in an
// element hidden until a script shows it: the body is read from it all
// the same, while a hidden element beside a visible body stays out.
func TestArticleBodyHiddenLayout(t *testing.T) {
	story := []string{
		"The harbour ferry will stop running in March while engineers replace the landing stages at both ends of the crossing.",
		"Commuters were told to use the bridge bus, which the council says will run every ten minutes at peak times during the works.",
		"The ferry company said the closure would last eight weeks if the weather allowed divers to finish the piling on time.",
	}
	page := `<html><head><title>Ferry to stop</title></head><body><div id="app" style="display: none;" class="page_newspaper"><div class="article-wrapper"><h1>Ferry to stop</h1>`
	for _, p := range story {
		page += `<p class="bodytext">` + p + `</p>`
	}
	page += `</div></div></body></html>`
	a := extractAt(t, []byte(page), "", nil, goldenNow)
	checkBody(t, a, story, nil)

	page = `<html><head><title>Ferry to stop</title></head><body><article><h1>Ferry to stop</h1>`
	for _, p := range story {
		page += `<p>` + p + `</p>`
	}
	page += `<div style="display:none"><p>Sign in to keep reading this story and every other story on the site for a month.</p></div></article></body></html>`
	a = extractAt(t, []byte(page), "", nil, goldenNow)
	checkBody(t, a, story, []string{"Sign in to keep reading"})
}

// TestArticleBodyDropsSlideshow covers a gallery of captioned slides set
// in the middle of a story: the slides are another story's, not this one.
func TestArticleBodyDropsSlideshow(t *testing.T) {
	story := []string{
		"Hotel towels may not be as clean as they look, according to owners who answered questions from guests online this week.",
		"One manager advised guests to bring their own slippers, since the carpets are cleaned far less often than the sheets are.",
		"Other owners said the television remote and the lamp switches were the dirtiest things in most of the rooms they ran.",
	}
	page := `<html><head><title>Hotel secrets</title></head><body><article class="full-article"><h1>Hotel secrets</h1><div class="text-wrapper">` +
		`<p>` + story[0] + `</p><p>` + story[1] + `</p>` +
		`<div class="full-gallery"><div class="scroller"><ul class="legends">`
	for i := 1; i <= 6; i++ {
		page += fmt.Sprintf(`<li><h2>%d/6 Business in pictures</h2><p>A chain of bakeries said its sales rose by a tenth in the spring, helped by the warm weather and new shops, item %d.</p></li>`, i, i)
	}
	page += `</ul></div></div><p>` + story[2] + `</p></div></article></body></html>`
	a := extractAt(t, []byte(page), "", nil, goldenNow)
	checkBody(t, a, story, []string{"A chain of bakeries"})
}

// A live blog's stream of posts in a column beside the story (a list
// whose items each hold a time, a title and a paragraph) is another
// page's text: the body must not widen to take it in, however many words
// the stream has.
func TestArticleBodyDropsLiveFeedBeside(t *testing.T) {
	story := []string{
		"The county's water board voted on Thursday to raise bills by a tenth from April, the first rise in six years, after a long and sometimes angry meeting.",
		"Board members said the money would pay for new pipes in the older towns, where leaks lose nearly a quarter of the water pumped, according to the board's own survey.",
		"Residents who spoke at the meeting said they had not been told about the vote until the week before, and several asked for it to be put off until the summer.",
		"The chair, Rosa Linde, said the board had waited as long as it could and that the cost of the pipes would only grow if the work was delayed again.",
		"The new charges will appear on bills sent out in May, and families on low incomes can apply for a discount, the board said in a notice posted after the vote.",
	}
	var b strings.Builder
	b.WriteString(`<html><head><title>Water bills to rise</title></head><body><div class="main-content"><div class="column-a"><div class="story-body">`)
	for _, s := range story {
		fmt.Fprintf(&b, "<p>%s</p>", s)
	}
	b.WriteString(`</div><p class="caption">The pumping station at Elm Ford</p></div><div class="column-b"><div class="live-updates"><ol class="stream">`)
	for i := range 10 {
		fmt.Fprintf(&b, `<li class="entry"><div class="entry-head">%02d:15: Market round-up number %d</div><div class="entry-text"><p>Shares in the big grocers moved little in early trading, and the index of smaller companies slipped back after three days of gains, as traders waited for the figures on retail sales due at eleven, post number %d of the morning's stream, which runs on.</p></div></li>`, 9+i%10, i, i)
	}
	b.WriteString(`</ol></div></div></div></body></html>`)
	a := extractAt(t, []byte(b.String()), "", nil, goldenNow)
	checkBody(t, a, story, []string{"Shares in the big grocers", "Market round-up"})
}

// A single-page news site opens the story in an overlay ("render-target-
// modal") above a long stream of teasers: the <article> inside the
// overlay is the story, though the overlay's name reads as furniture and
// the stream holds more prose.
func TestArticleBodyArticleInModalOverlay(t *testing.T) {
	story := []string{
		"An unmanned supply ship bound for the orbiting laboratory broke apart high over the northern steppe on Thursday, the national space agency said in a short statement.",
		"The craft lost contact with ground control a few minutes after launch, and most of its debris burnt up as it fell, although some pieces reached the ground in an empty area.",
		"Villagers near the regional capital told local radio that they had seen a bright flash and heard a long rumble shortly before the evening news began.",
		"The agency said the loss would not affect the crew now on board, who have enough food, water and fuel to last until the next flight in the spring.",
		"Engineers have begun to study the telemetry from the launch, and a commission will report on the cause within a month, the agency's spokesman said.",
		"It was the third failure of a supply flight in two years, and the first since the rocket's upper stage was redesigned after the last one.",
		"The agency has not said whether the next launch, planned for February, will be delayed while the commission does its work.",
	}
	var b strings.Builder
	b.WriteString(`<html><head><title>News</title></head><body><div id="app"><div class="stream-wrap"><ul class="stream">`)
	for i := range 24 {
		fmt.Fprintf(&b, `<li class="stream-item"><h3><a href="/news/item-%d">Teaser headline number %d about the day's markets</a></h3><p>Shares in the big grocers moved little in early trading, and the index of smaller companies slipped back after three days of gains, teaser number %d of a stream that runs on and on through the day.</p></li>`, i, i, i)
	}
	b.WriteString(`</ul></div><div class="render-target-modal" id="render-target-modal"><div class="main-canvas"><article><header><h1>Supply ship breaks up after launch</h1></header><div class="canvas-body">`)
	for _, s := range story {
		fmt.Fprintf(&b, `<p class="canvas-text">%s</p>`, s)
	}
	b.WriteString(`</div></article></div></div></div></body></html>`)
	a := extractAt(t, []byte(b.String()), "", nil, goldenNow)
	checkBody(t, a, story, []string{"Shares in the big grocers", "Teaser headline"})
}

// A review roundup quotes each excerpt as a block and names its source
// on the line after, as a link in brackets: the credit stays in the body,
// and the engine gives each excerpt to its source.
func TestArticleSourceCreditAfterBlockQuote(t *testing.T) {
	intro := "The new rowing machine from a small Danish maker went on sale this week. Is it the best home trainer yet, or an expensive toy? Here is what the first reviews say:"
	excerpts := [][2]string{
		{"The machine is quiet enough to use while a baby sleeps in the next room, and the seat glides without a wobble even at the top of a hard sprint.", "Gym Weekly"},
		{"At this price you would expect a screen, but there is none; the makers want you to use your own tablet, and the holder for it feels flimsy and cheap.", "The Home Athlete"},
		{"After a month of daily use my back felt better than it had in years. The resistance dial has twelve steps, and the top three are genuinely hard work.", "Row Daily"},
	}
	var b strings.Builder
	b.WriteString(`<html><head><title>Roundup</title></head><body><article><h1>What reviewers say about the rower</h1>`)
	fmt.Fprintf(&b, `<p>%s</p>`, intro)
	for _, x := range excerpts {
		fmt.Fprintf(&b, `<blockquote><p>%s</p></blockquote><p><strong>[</strong><a href="https://example.org/review"><strong>%s</strong></a><strong>]</strong></p>`, x[0], x[1])
	}
	b.WriteString(`</article></body></html>`)
	a := extractAt(t, []byte(b.String()), "", nil, goldenNow)
	want := []string{intro}
	for _, x := range excerpts {
		want = append(want, x[0], "["+x[1]+"]")
	}
	checkBody(t, a, want, nil)
	got := ArticleStatements(a)
	if len(got) != len(excerpts) {
		t.Fatalf("got %d statements, want %d: %+v", len(got), len(excerpts), got)
	}
	for i, x := range excerpts {
		if got[i].Speaker != x[1] || got[i].Text != x[0] || got[i].Kind != KindDirect || got[i].Cue != "" {
			t.Errorf("statement %d: got %+v, want %q by %q", i, got[i], x[0], x[1])
		}
	}
}
