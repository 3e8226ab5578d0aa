package index

import (
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Op is the kind of node in an Expr.
type Op int

// The Expr node kinds.
const (
	OpWord   Op = iota // Value is one or more words in the statement text (or, weighted less, the title); scored
	OpPhrase           // Value is a phrase that must appear in the statement text; scored
	OpField            // Field (speaker, outlet, kind, cue) must match Value; Exact when it was quoted
	OpRange            // publication date within [Since, Until] (either may be zero: open)
	OpAnd              // every Arg matches
	OpOr               // at least one Arg matches
	OpNot              // Args[0] does not match
)

// Field names an OpField node may use.
const (
	FieldSpeaker = "speaker"
	FieldOutlet  = "outlet"
	FieldKind    = "kind"
	FieldCue     = "cue"
)

// Expr is a boolean expression over statements, as produced by the query
// language (package query). It is plain data: the index turns it into a
// Bleve query when searching.
type Expr struct {
	Op    Op
	Field string // OpField: speaker, outlet, kind or cue
	Value string // OpWord, OpPhrase, OpField
	Exact bool   // OpField: the value was quoted (speaker: whole name, not any part)
	// Since and Until bound an OpRange, inclusively; an Until at midnight
	// includes that whole day, as in Query.
	Since, Until time.Time
	Args         []*Expr // OpAnd, OpOr: two or more; OpNot: one
}

// String renders e in the query language, fully parenthesised; for
// debugging and tests.
func (e *Expr) String() string {
	if e == nil {
		return ""
	}
	switch e.Op {
	case OpWord:
		return e.Value
	case OpPhrase:
		return `"` + e.Value + `"`
	case OpField:
		if e.Exact {
			return e.Field + `:"` + e.Value + `"`
		}
		return e.Field + ":" + e.Value
	case OpRange:
		var parts []string
		if !e.Since.IsZero() {
			parts = append(parts, "since:"+e.Since.Format(time.RFC3339))
		}
		if !e.Until.IsZero() {
			parts = append(parts, "until:"+e.Until.Format(time.RFC3339))
		}
		return strings.Join(parts, " ")
	case OpNot:
		return "NOT " + e.Args[0].String()
	case OpAnd, OpOr:
		sep := " AND "
		if e.Op == OpOr {
			sep = " OR "
		}
		parts := make([]string, len(e.Args))
		for i, a := range e.Args {
			parts[i] = a.String()
		}
		return "(" + strings.Join(parts, sep) + ")"
	}
	return fmt.Sprintf("?op%d", e.Op)
}

// scored reports whether e has a positive (not negated) text leaf, i.e.
// whether relevance ranking means anything for it.
func (e *Expr) scored() bool {
	if e == nil {
		return false
	}
	switch e.Op {
	case OpWord, OpPhrase:
		return true
	case OpAnd, OpOr:
		for _, a := range e.Args {
			if a.scored() {
				return true
			}
		}
	}
	return false
}

// exprQuery translates e into a Bleve query. Speakers are resolved with sp.
func (ix *Index) exprQuery(e *Expr) (query.Query, error) {
	switch e.Op {
	case OpWord:
		return wordQuery(e.Value), nil
	case OpPhrase:
		pq := bleve.NewMatchPhraseQuery(e.Value)
		pq.SetField(fieldText)
		return pq, nil
	case OpField:
		return ix.fieldQuery(e.Field, e.Value, e.Exact)
	case OpRange:
		return dateRange(e.Since, e.Until)
	case OpNot:
		if len(e.Args) != 1 {
			return nil, fmt.Errorf("index: search: NOT takes one operand, got %d", len(e.Args))
		}
		sub, err := ix.exprQuery(e.Args[0])
		if err != nil {
			return nil, err
		}
		bq := bleve.NewBooleanQuery()
		bq.AddMust(bleve.NewMatchAllQuery())
		bq.AddMustNot(sub)
		return bq, nil
	case OpAnd, OpOr:
		var pos, neg []query.Query
		for _, a := range e.Args {
			if e.Op == OpAnd && a.Op == OpNot && len(a.Args) == 1 {
				sub, err := ix.exprQuery(a.Args[0])
				if err != nil {
					return nil, err
				}
				neg = append(neg, sub)
				continue
			}
			sub, err := ix.exprQuery(a)
			if err != nil {
				return nil, err
			}
			pos = append(pos, sub)
		}
		if e.Op == OpOr {
			return bleve.NewDisjunctionQuery(pos...), nil
		}
		if len(neg) == 0 {
			if len(pos) == 1 {
				return pos[0], nil
			}
			return bleve.NewConjunctionQuery(pos...), nil
		}
		bq := bleve.NewBooleanQuery()
		if len(pos) == 0 {
			pos = append(pos, bleve.NewMatchAllQuery())
		}
		bq.AddMust(pos...)
		bq.AddMustNot(neg...)
		return bq, nil
	}
	return nil, fmt.Errorf("index: search: unknown expression op %d", e.Op)
}

// wordQuery matches words in the statement text or, with less weight, in
// the article title.
func wordQuery(w string) query.Query {
	inText := bleve.NewMatchQuery(w)
	inText.SetField(fieldText)
	inText.SetOperator(query.MatchQueryOperatorAnd)
	inTitle := bleve.NewMatchQuery(w)
	inTitle.SetField(fieldTitle)
	inTitle.SetOperator(query.MatchQueryOperatorAnd)
	inTitle.SetBoost(0.3)
	return bleve.NewDisjunctionQuery(inText, inTitle)
}
