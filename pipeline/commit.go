package pipeline

import (
	"context"
	"time"

	"github.com/quotewire/quotewire/extractors"
	"github.com/quotewire/quotewire/index"
)

// maxGroup caps how many articles one index commit carries.
const maxGroup = 64

// pending is an article waiting for the committer.
type pending struct {
	ctx     context.Context
	art     *extractors.Article
	fetched string
	recs    []index.Record
	hash    string // of the article's text
	done    chan error
}

// committer writes articles to the index in groups: each caller waits for
// its article, and the articles that queue up while one group is being
// written go together in the next, so that one durable index write and one
// state transaction serve many pages. An article is marked done in the
// crawl state only after its group is in the index.
type committer struct {
	p    *Pipeline
	in   chan *pending
	quit chan struct{}
	exit chan struct{}
}

func newCommitter(p *Pipeline) *committer {
	c := &committer{p: p, in: make(chan *pending), quit: make(chan struct{}), exit: make(chan struct{})}
	go c.loop()
	return c
}

// submit hands an article to the committer and waits until it is durable.
func (c *committer) submit(pd *pending) error {
	pd.done = make(chan error, 1)
	select {
	case c.in <- pd:
	case <-pd.ctx.Done():
		return pd.ctx.Err()
	case <-c.quit:
		return errClosed
	}
	return <-pd.done
}

func (c *committer) close() {
	close(c.quit)
	<-c.exit
}

func (c *committer) loop() {
	defer close(c.exit)
	for {
		var group []*pending
		select {
		case pd := <-c.in:
			group = append(group, pd)
		case <-c.quit:
			return
		}
	fill:
		for len(group) < maxGroup {
			select {
			case pd := <-c.in:
				group = append(group, pd)
			default:
				break fill
			}
		}
		err := c.commit(group)
		for _, pd := range group {
			pd.done <- err
		}
	}
}

func (c *committer) commit(group []*pending) error {
	arts := make([]index.Article, len(group))
	for i, pd := range group {
		arts[i] = index.Article{URL: pd.art.URL, Records: pd.recs}
	}
	// The group is written even if one caller's context ended: the others
	// still wait for it.
	if err := c.p.index.ReplaceArticles(context.WithoutCancel(group[0].ctx), arts); err != nil {
		return err
	}
	now := time.Now().UTC()
	pages := make([]PageDone, len(group))
	for i, pd := range group {
		urls := []string{pd.fetched}
		if cu, err := Canonical(pd.art.URL); err == nil && cu != pd.fetched {
			urls = append(urls, cu)
		}
		pages[i] = PageDone{State: PageState{Done: true, Article: true, Status: 200, Statements: len(pd.recs),
			Fetched: now, ContentHash: pd.hash}, URLs: urls}
	}
	return c.p.store.PutAll(pages)
}
