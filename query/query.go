// Package query reads quotewire's search language into an index.Query.
//
// The language, documented for users in README.md ("Query language"):
//
//	ceasefire talks            both words, in the statement (or its article's title)
//	"security arrangements"    the phrase, in the statement
//	ferry OR bus               either word; OR binds tighter than AND
//	ferry AND NOT strike       AND is implicit between clauses; NOT excludes
//	+ferry -strike             + requires (same as a bare word), - excludes
//	(ferry OR bus) fares       parentheses group
//	speaker:netanyahu          any part of the speaker's name (aliases included)
//	speaker:"benjamin netanyahu"   the whole name
//	outlet:"the harbor ledger" kind:direct cue:warned
//	since:2025-11-01 until:2025-11-30   publication dates (until: the whole day)
//	since:7d since:2w since:3m since:1y  relative to now: days, weeks, months, years
//
// AND, OR and NOT are operators only in capitals; in lower case they are
// ordinary words.
package query

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/quotewire/quotewire/index"
)

// Error is a syntax error: what is wrong, at which token. Pos counts
// characters (runes) from 1.
type Error struct {
	Pos   int
	Token string
	Msg   string
}

func (e *Error) Error() string {
	if e.Token == "" {
		return fmt.Sprintf("query: at position %d: %s", e.Pos, e.Msg)
	}
	return fmt.Sprintf("query: at position %d, %q: %s", e.Pos, e.Token, e.Msg)
}

// Parse reads the query language into an index query; now anchors relative
// dates (since:7d is seven days before now's date, at midnight in now's
// location). The empty string (or only spaces) matches everything.
func Parse(s string, now time.Time) (index.Query, error) {
	p := &parser{src: s, now: now}
	if err := p.lex(); err != nil {
		return index.Query{}, err
	}
	if len(p.toks) == 0 {
		return index.Query{}, nil
	}
	e, err := p.parseAnd()
	if err != nil {
		return index.Query{}, err
	}
	if p.i < len(p.toks) {
		t := p.toks[p.i]
		return index.Query{}, &Error{Pos: t.pos, Token: t.text, Msg: "unexpected token (unbalanced parenthesis?)"}
	}
	return index.Query{Expr: e}, nil
}

type tokKind int

const (
	tWord tokKind = iota
	tPhrase
	tField // field:value; field in tok.field, value in tok.value
	tAnd
	tOr
	tNot
	tPlus
	tMinus
	tOpen
	tClose
)

type token struct {
	kind   tokKind
	pos    int    // rune position, from 1
	text   string // as written
	field  string // tField
	value  string // tWord, tPhrase, tField
	quoted bool   // tField: value was quoted
}

type parser struct {
	src  string
	now  time.Time
	toks []token
	i    int
}

// fields the language knows, in the order the error message lists them.
var fields = []string{"speaker", "outlet", "kind", "cue", "since", "until"}

func knownField(f string) bool {
	for _, k := range fields {
		if k == f {
			return true
		}
	}
	return false
}

// lex splits src into tokens.
func (p *parser) lex() error {
	s := p.src
	pos := 1 // rune position of s[i]
	i := 0
	adv := func(n int) { // advance n bytes
		pos += utf8.RuneCountInString(s[i : i+n])
		i += n
	}
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			adv(size)
		case r == '(':
			p.toks = append(p.toks, token{kind: tOpen, pos: pos, text: "("})
			adv(1)
		case r == ')':
			p.toks = append(p.toks, token{kind: tClose, pos: pos, text: ")"})
			adv(1)
		case r == '"' || r == '“' || r == '”':
			start := pos
			adv(size)
			end := strings.IndexAny(s[i:], `"“”`)
			if end < 0 {
				return &Error{Pos: start, Token: s[i-size:], Msg: "unclosed quote"}
			}
			val := s[i : i+end]
			text := s[i-size : i+end]
			adv(end)
			_, qs := utf8.DecodeRuneInString(s[i:])
			adv(qs)
			p.toks = append(p.toks, token{kind: tPhrase, pos: start, text: text + `"`, value: strings.TrimSpace(val)})
		case (r == '+' || r == '-') && i+1 < len(s) && !unicode.IsSpace(rune(s[i+1])) && (i == 0 || !isWordByte(s[i-1])):
			k := tPlus
			if r == '-' {
				k = tMinus
			}
			p.toks = append(p.toks, token{kind: k, pos: pos, text: string(r)})
			adv(1)
		default:
			start, startByte := pos, i
			j := i
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if unicode.IsSpace(r2) || r2 == '(' || r2 == ')' || r2 == '"' || r2 == '“' || r2 == '”' {
					break
				}
				if r2 == ':' {
					break
				}
				j += sz
			}
			word := s[i:j]
			adv(j - i)
			if i < len(s) && s[i] == ':' && word != "" {
				field := strings.ToLower(word)
				if !knownField(field) {
					return &Error{Pos: start, Token: word + ":", Msg: "unknown field (want " + strings.Join(fields, ", ") + ")"}
				}
				adv(1)
				t := token{kind: tField, pos: start, field: field}
				if i < len(s) && strings.ContainsRune(`"“”`, rune(s[i])) || strings.HasPrefix(s[i:], "“") || strings.HasPrefix(s[i:], "”") {
					_, qs := utf8.DecodeRuneInString(s[i:])
					adv(qs)
					end := strings.IndexAny(s[i:], `"“”`)
					if end < 0 {
						return &Error{Pos: start, Token: s[startByte:], Msg: "unclosed quote"}
					}
					t.value, t.quoted = strings.TrimSpace(s[i:i+end]), true
					adv(end)
					_, qs = utf8.DecodeRuneInString(s[i:])
					adv(qs)
				} else {
					k := i
					for k < len(s) {
						r2, sz := utf8.DecodeRuneInString(s[k:])
						if unicode.IsSpace(r2) || r2 == '(' || r2 == ')' {
							break
						}
						k += sz
					}
					t.value = s[i:k]
					adv(k - i)
				}
				t.text = s[startByte:i]
				if t.value == "" {
					return &Error{Pos: start, Token: t.text, Msg: "missing value after " + field + ":"}
				}
				p.toks = append(p.toks, t)
				continue
			}
			if word == "" { // a lone ':'
				adv(1)
				continue
			}
			switch word {
			case "AND":
				p.toks = append(p.toks, token{kind: tAnd, pos: start, text: word})
			case "OR":
				p.toks = append(p.toks, token{kind: tOr, pos: start, text: word})
			case "NOT":
				p.toks = append(p.toks, token{kind: tNot, pos: start, text: word})
			default:
				p.toks = append(p.toks, token{kind: tWord, pos: start, text: word, value: word})
			}
		}
	}
	return nil
}

func isWordByte(b byte) bool {
	return b != ' ' && b != '\t' && b != '\n' && b != '(' && b != '"'
}

func (p *parser) peek() *token {
	if p.i < len(p.toks) {
		return &p.toks[p.i]
	}
	return nil
}

// parseAnd reads clauses joined by AND or by nothing, up to ")" or the end.
func (p *parser) parseAnd() (*index.Expr, error) {
	var args []*index.Expr
	for {
		t := p.peek()
		if t == nil || t.kind == tClose {
			break
		}
		if t.kind == tAnd {
			if len(args) == 0 {
				return nil, &Error{Pos: t.pos, Token: t.text, Msg: "AND needs something before it"}
			}
			p.i++
			if n := p.peek(); n == nil || n.kind == tClose || n.kind == tAnd || n.kind == tOr {
				return nil, &Error{Pos: t.pos, Token: t.text, Msg: "AND needs something after it"}
			}
			continue
		}
		if t.kind == tOr {
			return nil, &Error{Pos: t.pos, Token: t.text, Msg: "OR needs something before it"}
		}
		e, err := p.parseOr()
		if err != nil {
			return nil, err
		}
		args = append(args, e)
	}
	if len(args) == 0 {
		t := p.peek()
		if t == nil {
			return nil, &Error{Pos: utf8.RuneCountInString(p.src) + 1, Msg: "empty query"}
		}
		return nil, &Error{Pos: t.pos, Token: t.text, Msg: "empty parentheses"}
	}
	args = mergeWords(args)
	if len(args) == 1 {
		return args[0], nil
	}
	return &index.Expr{Op: index.OpAnd, Args: args}, nil
}

// mergeWords joins adjacent bare words into one OpWord node, so that stop
// words among them ("the", "of") are dropped by the analyzer rather than
// required on their own.
func mergeWords(args []*index.Expr) []*index.Expr {
	out := args[:0:0]
	for _, a := range args {
		if n := len(out); n > 0 && a.Op == index.OpWord && out[n-1].Op == index.OpWord {
			out[n-1] = &index.Expr{Op: index.OpWord, Value: out[n-1].Value + " " + a.Value}
			continue
		}
		out = append(out, a)
	}
	return out
}

// parseOr reads unary clauses joined by OR.
func (p *parser) parseOr() (*index.Expr, error) {
	first, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	args := []*index.Expr{first}
	for {
		t := p.peek()
		if t == nil || t.kind != tOr {
			break
		}
		p.i++
		if n := p.peek(); n == nil || n.kind == tClose || n.kind == tAnd || n.kind == tOr {
			return nil, &Error{Pos: t.pos, Token: t.text, Msg: "OR needs something after it"}
		}
		e, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		args = append(args, e)
	}
	if len(args) == 1 {
		return first, nil
	}
	return &index.Expr{Op: index.OpOr, Args: args}, nil
}

// parseUnary reads NOT x, -x, +x or a primary clause.
func (p *parser) parseUnary() (*index.Expr, error) {
	t := p.peek()
	switch t.kind {
	case tNot, tMinus:
		p.i++
		if n := p.peek(); n == nil || n.kind == tClose || n.kind == tAnd || n.kind == tOr {
			return nil, &Error{Pos: t.pos, Token: t.text, Msg: "nothing to exclude after it"}
		}
		e, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		if e.Op == index.OpWord {
			e = &index.Expr{Op: index.OpWord, Value: e.Value}
		}
		return &index.Expr{Op: index.OpNot, Args: []*index.Expr{e}}, nil
	case tPlus:
		p.i++
		if n := p.peek(); n == nil || n.kind == tClose || n.kind == tAnd || n.kind == tOr {
			return nil, &Error{Pos: t.pos, Token: t.text, Msg: "nothing to require after it"}
		}
		e, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		if e.Op == index.OpWord {
			// Keep a required word apart from bare neighbours.
			return &index.Expr{Op: index.OpAnd, Args: []*index.Expr{e}}, nil
		}
		return e, nil
	}
	return p.parsePrimary()
}

func (p *parser) parsePrimary() (*index.Expr, error) {
	t := p.peek()
	p.i++
	switch t.kind {
	case tWord:
		return &index.Expr{Op: index.OpWord, Value: t.value}, nil
	case tPhrase:
		if t.value == "" {
			return nil, &Error{Pos: t.pos, Token: t.text, Msg: "empty phrase"}
		}
		return &index.Expr{Op: index.OpPhrase, Value: t.value}, nil
	case tOpen:
		e, err := p.parseAnd()
		if err != nil {
			return nil, err
		}
		c := p.peek()
		if c == nil || c.kind != tClose {
			return nil, &Error{Pos: t.pos, Token: "(", Msg: "unclosed parenthesis"}
		}
		p.i++
		return e, nil
	case tField:
		return p.field(t)
	case tClose:
		return nil, &Error{Pos: t.pos, Token: t.text, Msg: "unmatched closing parenthesis"}
	}
	return nil, &Error{Pos: t.pos, Token: t.text, Msg: "unexpected operator"}
}

// field turns a field:value token into an expression.
func (p *parser) field(t *token) (*index.Expr, error) {
	switch t.field {
	case "since", "until":
		d, err := p.date(t.value, t.field == "until")
		if err != nil {
			return nil, &Error{Pos: t.pos, Token: t.text, Msg: err.Error()}
		}
		if t.field == "since" {
			return &index.Expr{Op: index.OpRange, Since: d}, nil
		}
		return &index.Expr{Op: index.OpRange, Until: d}, nil
	case "kind":
		k := strings.ToLower(t.value)
		switch k {
		case "direct", "indirect", "mixed":
		default:
			return nil, &Error{Pos: t.pos, Token: t.text, Msg: "unknown kind (want direct, indirect or mixed)"}
		}
		return &index.Expr{Op: index.OpField, Field: index.FieldKind, Value: k}, nil
	}
	return &index.Expr{Op: index.OpField, Field: t.field, Value: t.value, Exact: t.quoted}, nil
}

// date reads an absolute (YYYY-MM-DD, RFC 3339) or relative (7d, 2w, 3m,
// 1y) date. Relative dates count back from now's date, at midnight.
func (p *parser) date(v string, until bool) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return t, nil // midnight: index takes an until date as the whole day
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, nil
	}
	if n := len(v); n >= 2 {
		num, err := strconv.Atoi(v[:n-1])
		if err == nil && num >= 0 && num <= 100000 {
			y, m, d := p.now.Date()
			today := time.Date(y, m, d, 0, 0, 0, 0, p.now.Location())
			switch unicode.ToLower(rune(v[n-1])) {
			case 'd':
				return today.AddDate(0, 0, -num), nil
			case 'w':
				return today.AddDate(0, 0, -7*num), nil
			case 'm':
				return today.AddDate(0, -num, 0), nil
			case 'y':
				return today.AddDate(-num, 0, 0), nil
			}
		}
	}
	_ = until
	return time.Time{}, fmt.Errorf("bad date (want YYYY-MM-DD, RFC 3339, or a relative 7d, 2w, 3m, 1y)")
}
