package extractors

import (
	"strings"
	"testing"
)

func TestStPost(t *testing.T) {
	cases := []struct {
		in, text, author string
		ok               bool
	}{
		{"The ferry is late again, third time this week pic.twitter.com/Ab12Cd — Ola Berg (@olaberg) March 3, 2024",
			"The ferry is late again, third time this week", "Ola Berg", true},
		{"Power is back on at the depot. Trains will run as normal tomorrow — Harbour Rail (@HarbourRail) May 9, 2023",
			"Power is back on at the depot. Trains will run as normal tomorrow", "Harbour Rail", true},
		{"First light over the new bridge A post shared by Ines Varga (@ines.varga) on Jun 2, 2022 at 6:14am PDT",
			"First light over the new bridge", "Ines Varga", true},
		{"Queues at gate 4 — (@gate_watch) May 9, 2023", "Queues at gate 4", "@gate_watch", true},
		// Not posts.
		{"Follow Ann Lee (@annlee) for updates on the strike.", "", "", false},
		{"— Ola Berg (@olaberg) March 3, 2024", "", "", false},
		{"The council met on Monday — Ola Berg (@olaberg) said it would vote again in a month, and that the plan stood.", "", "", false},
		{"The fee rose (@ 5 percent) in May.", "", "", false},
	}
	for _, c := range cases {
		s, e, author, ok := stPost(c.in)
		if ok != c.ok {
			t.Errorf("%q: ok %v, want %v", c.in, ok, c.ok)
			continue
		}
		if ok && (c.in[s:e] != c.text || author != c.author) {
			t.Errorf("%q: got %q by %q, want %q by %q", c.in, c.in[s:e], author, c.text, c.author)
		}
	}
}

// A post the article introduces ("… posted on Twitter:") is its author's
// statement; a post merely embedded between paragraphs is furniture, as
// annotators read it: the body does not report it.
func TestStatementsEmbeddedPosts(t *testing.T) {
	got := Statements([]string{
		`Rail services stopped across the north on Monday after a fault at the main depot. The operator posted on Twitter:`,
		`Signal failure at the depot, no trains in or out for now — Harbour Rail (@HarbourRail) May 9, 2023`,
		`Crowds built up at every station along the coast line.`,
		`Stuck on the platform for an hour and nobody tells us anything — Ola Berg (@olaberg) May 9, 2023`,
		`The railway said later that power had been restored.`,
	})
	want := []wantStmt{
		{"Harbour Rail", "posted", KindDirect, "Signal failure at the depot, no trains in or out for now", ""},
		{"The railway", "said", KindIndirect, "power had been restored", ""},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d statements, want %d:\n%s", len(got), len(want), dumpStmts(got))
	}
	for i, w := range want {
		g := got[i]
		if g.Speaker != w.Speaker || g.Cue != w.Cue || g.Kind != w.Kind || g.Text != w.Text {
			t.Errorf("statement %d: got %+v, want %+v", i, g, w)
		}
	}
}

// An embedded tweet's paragraphs and its signature come out of the page as
// one paragraph, which Statements reads as the author's post when the
// article introduces it.
func TestArticleEmbeddedTweetOneParagraph(t *testing.T) {
	page := []byte(`<html><head><title>Depot fault stops trains</title></head><body><article>
<h1>Depot fault stops trains</h1>
<p>Rail services stopped across the north on Monday after a fault at the main depot, and crowds built up at every station along the coast line. The operator posted this update:</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Signal failure at the depot<br><br>No trains in or out for now <a href="https://t.co/x1">pic.twitter.com/x1</a></p>&mdash; Harbour Rail (@HarbourRail) <a href="https://twitter.com/HarbourRail/status/1">May 9, 2023</a></blockquote>
<p>Engineers worked through the afternoon to find the fault, and the first trains left again shortly before six in the evening, to applause from the platforms.</p>
</article></body></html>`)
	a := extractAt(t, page, "", nil, goldenNow)
	var post string
	for _, p := range a.Paragraphs {
		if strings.Contains(p, "Signal failure") {
			post = p
		}
	}
	if !strings.Contains(post, "No trains in or out for now") || !strings.Contains(post, "Harbour Rail (@HarbourRail)") {
		t.Fatalf("tweet not kept as one paragraph: %q", a.Paragraphs)
	}
	var found bool
	for _, s := range Statements(a.Paragraphs) {
		if s.Speaker == "Harbour Rail" && s.Text == "Signal failure at the depot No trains in or out for now" {
			found = true
		}
	}
	if !found {
		t.Errorf("no post statement in %s", dumpStmts(Statements(a.Paragraphs)))
	}
}

// An embedded post made mostly of hashtags and handles, an embedded video
// post and a post inside a "social-embed" wrapper stay in the body: their
// links are the post's words, "twitter-video" names no video player, and
// the wrapper holds the post.
func TestArticleEmbeddedPostsWithLinks(t *testing.T) {
	page := []byte(`<html><head><title>Low plane over the bay</title></head><body><article>
<h1>Low plane over the bay</h1>
<p>A large grey plane circled low over the bay for most of Tuesday afternoon, and people along the waterfront began posting photographs and questions almost at once.</p>
<div class="twitter-wrapper"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">Who knows about the <a href="https://twitter.com/hashtag/plane">#plane</a> over <a href="https://twitter.com/hashtag/Bayport">#Bayport</a>? <a href="https://twitter.com/BayportPD">@BayportPD</a> <a href="https://twitter.com/MayorBayport">@MayorBayport</a> <a href="https://t.co/a1">pic.twitter.com/a1</a></p>&mdash; Bay Watchers (@BayWatchers) <a href="https://twitter.com/BayWatchers/status/1">May 9, 2023</a></blockquote></div>
<div class="social-embed embed-twitter"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">Crews are on the way to the pier <a href="https://t.co/a3">pic.twitter.com/a3</a></p>&mdash; Bay Rescue (@BayRescue) <a href="https://twitter.com/BayRescue/status/3">May 9, 2023</a></blockquote></div>
<div class="twitter-wrapper"><blockquote class="twitter-video"><p lang="en" dir="ltr">Here it is again over the pier, lower than before <a href="https://t.co/a2">pic.twitter.com/a2</a></p>&mdash; Nika Perle (@nikaperle) <a href="https://twitter.com/nikaperle/status/2">May 9, 2023</a></blockquote></div>
<p>The coast guard later said the plane was on a scheduled training flight and that residents had no reason to worry about the noise or the low altitude.</p>
</article></body></html>`)
	a := extractAt(t, page, "", nil, goldenNow)
	body := strings.Join(a.Paragraphs, "\n")
	for _, want := range []string{"Bay Watchers (@BayWatchers)", "Nika Perle (@nikaperle)", "Bay Rescue (@BayRescue)"} {
		if !strings.Contains(body, want) {
			t.Errorf("post of %s lost from the body: %q", want, a.Paragraphs)
		}
	}
}
