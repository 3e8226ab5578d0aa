package extractors

import (
	"strings"
	"time"
)

// parseDate reads the date formats news pages use: RFC 3339 and ISO 8601
// with or without zone, seconds or time ("2006-01-02T15:04:05Z",
// "2006-01-02 15:04", "2006-01-02", "2006/01/02"), compact "20060102",
// and dates with English month names in any order, with an optional
// weekday, time, am/pm and zone ("January 2, 2006", "2 Jan 2006",
// "Mon, 02 Jan 2006 15:04:05 -0700", "Jan. 2, 2006 3:04 p.m. ET"), and
// numeric day-first dates "02.01.2006". Times without a zone are UTC.
// It is a hand-written scanner: no regular expressions, no allocation.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 6 || len(s) > 80 {
		return time.Time{}, false
	}
	if isDigit(s[0]) && len(s) >= 8 && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]) {
		if t, ok := parseISO(s); ok {
			return t, true
		}
	}
	return parseWords(s)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digits reads n digits at s[i:].
func digits(s string, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v := 0
	for k := i; k < i+n; k++ {
		if !isDigit(s[k]) {
			return 0, false
		}
		v = v*10 + int(s[k]-'0')
	}
	return v, true
}

// parseISO reads "2006-01-02[T15:04[:05[.000]]][Z|±07:00|±0700]", with
// "/" or "." also allowed between date parts, and "20060102".
func parseISO(s string) (time.Time, bool) {
	y, _ := digits(s, 0, 4)
	var mo, d, i int
	var ok bool
	switch {
	case len(s) >= 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && s[7] == s[4]:
		if mo, ok = digits(s, 5, 2); !ok {
			return time.Time{}, false
		}
		if d, ok = digits(s, 8, 2); !ok {
			return time.Time{}, false
		}
		i = 10
	case len(s) >= 8:
		if mo, ok = digits(s, 4, 2); !ok {
			return time.Time{}, false
		}
		if d, ok = digits(s, 6, 2); !ok {
			return time.Time{}, false
		}
		i = 8
		if len(s) > 8 && isDigit(s[8]) {
			return time.Time{}, false
		}
	default:
		return time.Time{}, false
	}
	if !validDate(y, mo, d) {
		return time.Time{}, false
	}
	var h, mi, sec, nsec int
	loc := time.UTC
	if i < len(s) && (s[i] == 'T' || s[i] == ' ' || s[i] == 't') {
		j := i + 1
		if h, ok = digits(s, j, 2); ok && j+5 <= len(s) && s[j+2] == ':' {
			if mi, ok = digits(s, j+3, 2); !ok {
				return time.Time{}, false
			}
			j += 5
			if j+3 <= len(s) && s[j] == ':' {
				if sec, ok = digits(s, j+1, 2); !ok {
					return time.Time{}, false
				}
				j += 3
				if j < len(s) && (s[j] == '.' || s[j] == ',') {
					j++
					scale := 100_000_000
					for j < len(s) && isDigit(s[j]) {
						nsec += int(s[j]-'0') * scale
						scale /= 10
						j++
					}
				}
			}
			if h > 23 || mi > 59 || sec > 60 {
				return time.Time{}, false
			}
			if sec == 60 {
				sec = 59
			}
			i = j
		}
	}
	rest := strings.TrimSpace(s[i:])
	if rest != "" {
		l, ok := parseZone(rest)
		if !ok {
			return time.Time{}, false
		}
		loc = l
	}
	return time.Date(y, time.Month(mo), d, h, mi, sec, nsec, loc), true
}

// validDate checks ranges; years outside 1970–2200 are not news dates.
func validDate(y, m, d int) bool {
	if y < 1970 || y > 2200 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= daysIn(time.Month(m), y)
}

func daysIn(m time.Month, y int) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseZone reads "Z", "UTC", "GMT", "+07:00", "-0700", "+07" and a few
// North American and European abbreviations.
func parseZone(s string) (*time.Location, bool) {
	switch s {
	case "Z", "z", "UTC", "GMT", "UT":
		return time.UTC, true
	}
	if s[0] == '+' || s[0] == '-' {
		h, ok := digits(s, 1, 2)
		if !ok {
			return nil, false
		}
		m := 0
		switch {
		case len(s) == 3:
		case len(s) == 6 && s[3] == ':':
			m, ok = digits(s, 4, 2)
		case len(s) == 5:
			m, ok = digits(s, 3, 2)
		default:
			return nil, false
		}
		if !ok || h > 14 || m > 59 {
			return nil, false
		}
		off := h*3600 + m*60
		if s[0] == '-' {
			off = -off
		}
		if off == 0 {
			return time.UTC, true
		}
		return time.FixedZone("", off), true
	}
	if off, ok := zoneAbbrev(s); ok {
		if off == 0 {
			return time.UTC, true
		}
		return time.FixedZone(s, off), true
	}
	return nil, false
}

// zoneAbbrev maps common zone abbreviations to offsets in seconds.
func zoneAbbrev(s string) (int, bool) {
	const h = 3600
	switch strings.ToUpper(s) {
	case "UTC", "GMT", "UT", "Z", "WET":
		return 0, true
	case "BST", "CET", "WEST":
		return 1 * h, true
	case "CEST", "EET":
		return 2 * h, true
	case "EEST", "MSK":
		return 3 * h, true
	case "IST":
		return 5*h + 30*60, true
	case "JST", "KST":
		return 9 * h, true
	case "AEST":
		return 10 * h, true
	case "EST":
		return -5 * h, true
	case "EDT":
		return -4 * h, true
	case "CST":
		return -6 * h, true
	case "CDT":
		return -5 * h, true
	case "MST":
		return -7 * h, true
	case "MDT":
		return -6 * h, true
	case "PST":
		return -8 * h, true
	case "PDT":
		return -7 * h, true
	case "ET":
		return -5 * h, true
	case "PT":
		return -8 * h, true
	case "CT":
		return -6 * h, true
	}
	return 0, false
}

// monthNumber maps an English month name or abbreviation to 1–12.
func monthNumber(w string) int {
	if len(w) < 3 || len(w) > 9 {
		return 0
	}
	var buf [9]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(w)]) {
	case "jan", "january":
		return 1
	case "feb", "february":
		return 2
	case "mar", "march":
		return 3
	case "apr", "april":
		return 4
	case "may":
		return 5
	case "jun", "june":
		return 6
	case "jul", "july":
		return 7
	case "aug", "august":
		return 8
	case "sep", "sept", "september":
		return 9
	case "oct", "october":
		return 10
	case "nov", "november":
		return 11
	case "dec", "december":
		return 12
	}
	return 0
}

// parseWords reads dates written with a month name, or day-first numeric
// dates, scanning word by word.
func parseWords(s string) (time.Time, bool) {
	y, mo, d := -1, 0, -1
	h, mi, sec := -1, 0, 0
	pm, am := false, false
	var loc *time.Location
	numeric := 0 // numbers seen that are neither a day nor a year yet
	var nums [3]int
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isDigit(c):
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			n, _ := digits(s, i, min(j-i, 9))
			switch {
			case j < len(s) && s[j] == ':' && j-i <= 2:
				// A time: hh:mm[:ss]
				h = n
				m, ok := digits(s, j+1, 2)
				if !ok {
					return time.Time{}, false
				}
				mi = m
				j += 3
				if j < len(s) && s[j] == ':' {
					if sv, ok := digits(s, j+1, 2); ok {
						sec = sv
						j += 3
					}
				}
			case (j < len(s) && (s[j] == '.' || s[j] == '/' || s[j] == '-')) && j-i <= 2 && numeric == 0 && mo == 0:
				// Day-first numeric date: 02.01.2006, 02/01/2006.
				sep := s[j]
				d1 := n
				k := j + 1
				e := k
				for e < len(s) && isDigit(s[e]) {
					e++
				}
				if e == k || e-k > 2 || e >= len(s) || s[e] != sep {
					return time.Time{}, false
				}
				m1, _ := digits(s, k, e-k)
				yy, ok := digits(s, e+1, 4)
				if !ok {
					return time.Time{}, false
				}
				if sep == '/' && m1 > 12 && d1 <= 12 {
					d1, m1 = m1, d1
				}
				d, mo, y = d1, m1, yy
				j = e + 5
			case j-i == 4:
				y = n
			case j-i <= 2:
				if j+1 < len(s) && (s[j] == 's' || s[j] == 'n' || s[j] == 'r' || s[j] == 't') {
					// 1st, 2nd, 3rd, 4th
					for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
						j++
					}
				}
				if numeric < len(nums) {
					nums[numeric] = n
				}
				numeric++
			default:
				return time.Time{}, false
			}
			i = j
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			j := i
			for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z') {
				j++
			}
			w := s[i:j]
			if m := monthNumber(w); m > 0 && mo == 0 {
				mo = m
			} else if lw := strings.ToLower(w); lw == "pm" || lw == "p" && j+1 < len(s) && s[j] == '.' {
				pm = true
				if lw == "p" {
					j += 3
				}
			} else if lw == "am" || lw == "a" && j+1 < len(s) && s[j] == '.' {
				am = true
				if lw == "a" {
					j += 3
				}
			} else if off, ok := zoneAbbrev(w); ok && len(w) >= 2 {
				if off == 0 {
					loc = time.UTC
				} else {
					loc = time.FixedZone(w, off)
				}
			}
			i = j
		case (c == '+' || c == '-') && h >= 0 && i+5 <= len(s) && isDigit(s[i+1]):
			j := i + 1
			for j < len(s) && (isDigit(s[j]) || s[j] == ':') {
				j++
			}
			if l, ok := parseZone(s[i:j]); ok {
				loc = l
			}
			i = j
		default:
			if c >= 0x80 {
				// Non-ASCII text: only the ASCII parts can be dates here.
				i++
				continue
			}
			i++
		}
	}
	if d < 0 && numeric > 0 {
		d = nums[0]
	}
	if y < 0 || mo == 0 || d < 0 || !validDate(y, mo, d) {
		return time.Time{}, false
	}
	if h < 0 {
		h = 0
	}
	if pm && h < 12 {
		h += 12
	}
	if am && h == 12 {
		h = 0
	}
	if h > 23 || mi > 59 || sec > 59 {
		return time.Time{}, false
	}
	if loc == nil {
		loc = time.UTC
	}
	return time.Date(y, time.Month(mo), d, h, mi, sec, 0, loc), true
}

// dateInURL finds /2025/11/10/, /2025-11-10/ or /20251110/ style dates in
// a URL path.
func dateInURL(path string) (time.Time, bool) {
	for i := 0; i+10 <= len(path); i++ {
		if path[i] != '/' || !isDigit(path[i+1]) {
			continue
		}
		y, ok := digits(path, i+1, 4)
		if !ok || y < 1990 || y > 2200 || i+5 >= len(path) {
			continue
		}
		sep := path[i+5]
		if sep != '/' && sep != '-' && sep != '_' {
			continue
		}
		m, ok := digits(path, i+6, 2)
		if !ok || i+8 >= len(path) || path[i+8] != sep {
			continue
		}
		d, ok := digits(path, i+9, 2)
		if !ok || !validDate(y, m, d) {
			continue
		}
		if i+11 < len(path) && isDigit(path[i+11]) {
			continue
		}
		return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// dateKeywords introduce a visible date line; modified says the date is a
// revision.
var dateKeywords = [...]struct {
	word     string
	modified bool
}{
	{"first published", false}, {"published", false}, {"posted", false},
	{"last updated", true}, {"last modified", true}, {"updated", true}, {"modified", true},
}

// statedDates reads visible lines such as "Published November 12, 2025 ·
// by Ada Fenn" or "Posted on 3 March 2024 | Updated March 5, 2024 10:02
// am": the date after each keyword, up to the next keyword or separator.
// It returns the raw date texts, empty when not found.
func statedDates(line string) (published, modified string) {
	low := strings.ToLower(line)
	for i := 0; i < len(low); {
		kw, mod, at := -1, false, len(low)
		for k, d := range dateKeywords {
			j := strings.Index(low[i:], d.word)
			if j < 0 {
				continue
			}
			j += i
			if j < at || j == at && len(d.word) > len(dateKeywords[kw].word) {
				kw, mod, at = k, d.modified, j
			}
		}
		if kw < 0 {
			break
		}
		// The keyword must start a word.
		start := at + len(dateKeywords[kw].word)
		i = start
		if at > 0 && isWordByte(low[at-1]) {
			continue
		}
		end := len(line)
		for _, sep := range [...]string{" | ", " · ", " • ", " by ", " - ", " — ", "published", "posted", "updated", "modified"} {
			if j := strings.Index(low[start:], sep); j >= 0 && start+j < end {
				end = start + j
			}
		}
		seg := strings.TrimSpace(line[start:end])
		seg = strings.TrimLeft(seg, ":,. ")
		if l := strings.ToLower(seg); strings.HasPrefix(l, "on ") || strings.HasPrefix(l, "at ") {
			seg = seg[3:]
		}
		if _, ok := parseDate(seg); !ok {
			continue
		}
		if mod {
			if modified == "" {
				modified = seg
			}
		} else if published == "" {
			published = seg
		}
		i = end
	}
	return published, modified
}
