package extractors

import "time"

// Article is what a news page holds once its boilerplate is removed.
type Article struct {
	// URL is the page's canonical URL when it declares one, else the URL it
	// was fetched from.
	URL string `json:"url"`
	// Title is the headline without a trailing " | Site Name" suffix.
	Title string `json:"title"`
	// Authors are the people in the byline; organisations are not listed
	// here (they go to SiteName).
	Authors []string `json:"authors"`
	// Published is the publication time; the zero Time when unknown.
	Published time.Time `json:"published"`
	// Modified is the last-modified time when the page states one.
	Modified time.Time `json:"modified"`
	// SiteName is the outlet ("The Daily Ledger").
	SiteName string `json:"outlet"`
	// Language is a BCP 47 tag such as "en" when the page declares one.
	Language string `json:"language"`
	// Paragraphs are the body's paragraphs in reading order, as plain
	// text with whitespace collapsed. Empty for pages that are not articles.
	Paragraphs []string `json:"-"`
	// Quoted lists the indices of the paragraphs the page sets off as
	// block quotations (<blockquote>, embedded social posts aside).
	Quoted []int `json:"-"`
}

// Statement kinds.
const (
	KindDirect   = "direct"   // the content is wholly inside quotation marks
	KindIndirect = "indirect" // reported speech without quotation marks
	KindMixed    = "mixed"    // reported speech holding a quoted fragment
)

// Statement is one attribution: a speaker making a speech or writing act
// (the cue) with some content.
type Statement struct {
	// Speaker is the source as the article names it, with pronouns and
	// back-references ("he", "the official") resolved to an earlier mention.
	Speaker string `json:"speaker"`
	// Cue is the verb or phrase of attribution ("said", "told",
	// "according to"); empty for a quoted paragraph continuing a speaker.
	Cue string `json:"cue"`
	// Kind is KindDirect, KindIndirect or KindMixed.
	Kind string `json:"kind"`
	// Text is the content: the words inside the quotation marks for direct
	// quotes, the reported clause (without a leading "that") otherwise.
	Text string `json:"text"`
	// To is the addressee or outlet when named ("Reuters" in "told Reuters").
	To string `json:"to"`
	// Affiliation is what the article put after a speaker's full name to
	// say where they work ("of the University of East Anglia" for "Paul
	// Hunter of the University of East Anglia said"); Speaker holds the
	// name alone.
	Affiliation string `json:"affiliation,omitempty"`
	// Paragraph is the index into Article.Paragraphs the statement starts in.
	Paragraph int `json:"paragraph"`
}
