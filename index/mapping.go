package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/datetime/timestamp/nanoseconds"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Names used in the Bleve mapping. Field names double as the stored field
// names requested by Search, so they are the single source of truth.
const (
	docType = "statement"

	fieldSpeaker      = "speaker"
	fieldSpeakerExact = "speaker_exact"
	fieldCue          = "cue"
	fieldKind         = "kind"
	fieldText         = "text"
	fieldTo           = "to"
	fieldParagraph    = "paragraph"
	fieldURL          = "url"
	fieldTitle        = "title"
	fieldOutlet       = "outlet"
	fieldPublished    = "published"
	fieldPublishedKey = "published_key"
	fieldExtracted    = "extracted"
	fieldRole         = "role"
	fieldSpeakerName  = "speaker_name" // stripped name, folded: the key speakers are grouped and faceted by
	fieldTextKey      = "text_key"     // surname + normalised text, hashed: collapses syndicated copies
	fieldOutletFacet  = "outlet_facet" // outlet as written, for facets
	fieldDay          = "day"          // publication day, YYYY-MM-DD in UTC, for the timeline facet

	// analyzerName: unicode word tokens, ASCII-folded and lower-cased, with
	// neither stop words nor stemming, so that "Will", "An" or "Erdoğan"
	// survive and "erdogan" finds "Recep Tayyip Erdoğan".
	analyzerName = "qw_name"
	// analyzerLowerKeyword: the whole value as one lower-cased token, for
	// case-insensitive exact matches.
	analyzerLowerKeyword = "qw_lower_keyword"
)

// storedFields lists every stored field; Search asks for all of them so
// that a hit carries a full Record without a second lookup.
func storedFields() []string {
	return []string{
		fieldSpeaker, fieldCue, fieldKind, fieldText, fieldTo, fieldParagraph,
		fieldURL, fieldTitle, fieldOutlet, fieldPublished, fieldExtracted, fieldRole,
	}
}

// doc is the shape handed to Bleve. It differs from Record only where Bleve
// needs it to: times are strings (see newMapping), and it names its
// document type.
type doc struct {
	Speaker   string `json:"speaker"`
	Cue       string `json:"cue"`
	Kind      string `json:"kind"`
	Text      string `json:"text"`
	To        string `json:"to"`
	Paragraph int    `json:"paragraph"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"` // Unix nanoseconds; empty when unknown
	// PublishedKey is Published in UTC as fixed-width RFC 3339 with
	// nanoseconds, whose byte order is time order: the sort key.
	PublishedKey string `json:"published_key"`
	Extracted    string `json:"extracted"` // RFC 3339 with nanoseconds; empty when unknown
	Role         string `json:"role"`
	SpeakerName  string `json:"speaker_name"`
	TextKey      string `json:"text_key"`
	OutletFacet  string `json:"outlet_facet"`
	Day          string `json:"day"`
}

// BleveType tells Bleve which document mapping applies.
func (doc) BleveType() string { return docType }

// newMapping builds the explicit index mapping.
//
// Decisions:
//   - The default mapping is disabled and every mapping is non-dynamic:
//     fields not listed here are neither indexed nor stored, and the
//     composite "_all" field is disabled (it would index everything again).
//   - No field is included in "_all"; free text searches name text and title.
//   - speaker is indexed twice from one property: "speaker" (qw_name
//     analyzer, no stemming) for name-part matches, and "speaker_exact"
//     (lower-cased keyword) for exact matches and future faceting. Only
//     "speaker" is stored.
//   - outlet, kind and cue are lower-cased keywords; the stored value is
//     the original spelling (Bleve stores the input, not the tokens).
//   - url is a case-sensitive keyword so ReplaceArticle can find an
//     article's old statements with one term query.
//   - text and title use the "en" analyzer (stemming, stop words). text
//     keeps term vectors so quoted phrase queries work; title does not.
//   - published is a datetime for range filters, stored. It is given to
//     Bleve as Unix nanoseconds via the unix_nano parser, which makes the
//     stored value round-trip without losing sub-seconds. It has no doc
//     values: a datetime field indexes 16 prefix-coded terms per value and
//     doc values would hold all of them, which made sorting decode ~6x more
//     than needed (most of a date-sorted query's time, per profile).
//   - published_key sorts: a keyword holding one fixed-width, byte-ordered
//     timestamp, indexed with doc values, not stored.
//   - to, extracted and paragraph are stored only: nobody filters on them.
//   - speaker_name (the name without titles, folded: "netanyahu" for
//     "Mr. Netanyahu"), outlet_facet (the outlet as written) and day
//     (YYYY-MM-DD) are keywords with doc values, for facets; text_key
//     (hash of surname and normalised text) likewise, for collapsing and
//     counting syndicated copies. None is stored.
//   - role (titles and affiliation taken off the speaker) is stored only.
//   - Doc values are off everywhere else; nothing else is sorted or
//     faceted on.
func newMapping() (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	im.DefaultMapping.Enabled = false
	im.DefaultMapping.Dynamic = false
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	im.DefaultAnalyzer = en.AnalyzerName

	if err := im.AddCustomAnalyzer(analyzerName, map[string]any{
		"type":          custom.Name,
		"char_filters":  []any{asciifolding.Name},
		"tokenizer":     unicode.Name,
		"token_filters": []any{lowercase.Name},
	}); err != nil {
		return nil, fmt.Errorf("index: mapping: analyzer %s: %w", analyzerName, err)
	}
	if err := im.AddCustomAnalyzer(analyzerLowerKeyword, map[string]any{
		"type":          custom.Name,
		"tokenizer":     single.Name,
		"token_filters": []any{lowercase.Name},
	}); err != nil {
		return nil, fmt.Errorf("index: mapping: analyzer %s: %w", analyzerLowerKeyword, err)
	}

	text := func(name, analyzer string, store, vectors bool) *mapping.FieldMapping {
		fm := mapping.NewTextFieldMapping()
		fm.Name = name
		fm.Analyzer = analyzer
		fm.Store = store
		fm.Index = true
		fm.IncludeTermVectors = vectors
		fm.IncludeInAll = false
		fm.DocValues = false
		return fm
	}
	storedOnly := func(fm *mapping.FieldMapping) *mapping.FieldMapping {
		fm.Store = true
		fm.Index = false
		fm.IncludeTermVectors = false
		fm.IncludeInAll = false
		fm.DocValues = false
		return fm
	}

	published := mapping.NewDateTimeFieldMapping()
	published.DateFormat = nanoseconds.Name
	published.Store = true
	published.Index = true
	published.IncludeInAll = false
	published.DocValues = false

	publishedKey := text(fieldPublishedKey, keyword.Name, false, false)
	publishedKey.DocValues = true

	dm := mapping.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt(fieldSpeaker,
		text(fieldSpeaker, analyzerName, true, false),
		text(fieldSpeakerExact, analyzerLowerKeyword, false, false))
	dm.AddFieldMappingsAt(fieldCue, text(fieldCue, analyzerLowerKeyword, true, false))
	dm.AddFieldMappingsAt(fieldKind, text(fieldKind, analyzerLowerKeyword, true, false))
	dm.AddFieldMappingsAt(fieldText, text(fieldText, en.AnalyzerName, true, true))
	dm.AddFieldMappingsAt(fieldTo, storedOnly(mapping.NewTextFieldMapping()))
	dm.AddFieldMappingsAt(fieldParagraph, storedOnly(mapping.NewNumericFieldMapping()))
	dm.AddFieldMappingsAt(fieldURL, text(fieldURL, keyword.Name, true, false))
	dm.AddFieldMappingsAt(fieldTitle, text(fieldTitle, en.AnalyzerName, true, false))
	dm.AddFieldMappingsAt(fieldOutlet, text(fieldOutlet, analyzerLowerKeyword, true, false))
	dm.AddFieldMappingsAt(fieldPublished, published)
	dm.AddFieldMappingsAt(fieldPublishedKey, publishedKey)
	dm.AddFieldMappingsAt(fieldExtracted, storedOnly(mapping.NewTextFieldMapping()))
	dm.AddFieldMappingsAt(fieldRole, storedOnly(mapping.NewTextFieldMapping()))
	for _, name := range []string{fieldSpeakerName, fieldTextKey, fieldOutletFacet, fieldDay} {
		fm := text(name, keyword.Name, false, false)
		fm.DocValues = true
		dm.AddFieldMappingsAt(name, fm)
	}

	all := mapping.NewDocumentDisabledMapping()
	dm.AddSubDocumentMapping("_all", all)

	im.AddDocumentMapping(docType, dm)
	im.DefaultType = docType
	if err := im.Validate(); err != nil {
		return nil, fmt.Errorf("index: mapping: %w", err)
	}
	return im, nil
}

// dvFields are the fields with doc values (facets, sorting, collapsing).
var dvFields = map[string]bool{
	fieldPublishedKey: true, fieldSpeakerName: true, fieldTextKey: true,
	fieldOutletFacet: true, fieldDay: true,
}

// bleveDoc maps d with im as Batch.Index would, then stores the doc values
// of dvFields one document per chunk and uncompressed (options the mapping
// cannot express). By default zap packs doc values in snappy-compressed
// chunks of 1,024 documents: a query whose matches are spread thinly over
// a large index (a facet over 6,000 matches of a million, the sort keys of
// a few hundred matches over a year) decompressed and walked a whole chunk
// per match, most of its time. Unchunked, reading a match's values costs
// that match only; the values are short keywords, so the index grows by a
// few percent.
func bleveDoc(im mapping.IndexMapping, id string, d doc) (*document.Document, error) {
	bd := document.NewDocument(id)
	if err := im.MapDocument(bd, d); err != nil {
		return nil, err
	}
	var a analysis.Analyzer
	for i, f := range bd.Fields {
		if !dvFields[f.Name()] {
			continue
		}
		tf, ok := f.(*document.TextField)
		if !ok {
			continue
		}
		if a == nil {
			a = im.AnalyzerNamed(keyword.Name)
		}
		opts := tf.Options() | bleveindex.SkipDVChunking | bleveindex.SkipDVCompression
		bd.Fields[i] = document.NewTextFieldCustom(tf.Name(), tf.ArrayPositions(), tf.Value(), opts, a)
	}
	return bd, nil
}
