// Package extractors turns a parsed news page into an Article (title,
// byline, date, body paragraphs) and the attributed Statements in its body.
//
// Everything here is a pure function over parsed HTML or plain text: the
// package imports neither the crawler nor the index, so it can be used and
// tested on saved pages alone.
package extractors
