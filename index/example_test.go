package index_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/quotewire/quotewire/index"
)

func Example() {
	tmp, err := os.MkdirTemp("", "quotewire-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)

	ix, err := index.Open(filepath.Join(tmp, "index"), index.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()

	ctx := context.Background()
	url := "https://news.example/2024/03/ceasefire"
	err = ix.ReplaceArticle(ctx, url, []index.Record{{
		Speaker:   "Benjamin Netanyahu",
		Cue:       "said",
		Kind:      "direct",
		Text:      "We will not agree to a ceasefire before our goals are met.",
		Paragraph: 3,
		Title:     "Netanyahu rejects ceasefire",
		Outlet:    "Reuters",
		Published: time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC),
	}})
	if err != nil {
		log.Fatal(err)
	}

	res, err := ix.Search(ctx, index.Query{Speaker: "netanyahu", Outlet: "reuters", Until: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range res.Hits {
		fmt.Printf("%s %s: %q (%s)\n", h.Published.Format(time.DateOnly), h.Speaker, h.Text, h.Outlet)
	}
	// Output:
	// 2024-03-01 Benjamin Netanyahu: "We will not agree to a ceasefire before our goals are met." (Reuters)
}
