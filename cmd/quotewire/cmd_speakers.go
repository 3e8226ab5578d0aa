package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

type speakersOptions struct {
	limit   int
	format  string
	aliases string
}

func newSpeakersCommand(g *globalOptions) *cobra.Command {
	opts := &speakersOptions{}
	cmd := &cobra.Command{
		Use:   "speakers [--limit N] [--format table|json]",
		Short: "List speakers with statement counts and the names they appear under",
		Long: `Speakers lists the people (and bodies) quoted in the index, most statements
first. Titles and affiliations are taken off each name ("Israel's Prime
Minister Benjamin Netanyahu" and "Mr. Netanyahu" are Netanyahu) and each
name is grouped under the fullest name seen that contains it ("Benjamin
Netanyahu"). ALIASES are the forms seen in the articles.

speakers.yaml in the data folder (or --aliases FILE) merges names the
index cannot tell are one person, and splits a name shared by different
people by outlet; see README, "Speakers". It applies at once, no reindex.`,
		Example: `  quotewire speakers --limit 20
  quotewire speakers --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSpeakers(cmd, g, opts)
		},
	}
	cmd.Flags().IntVar(&opts.limit, "limit", 50, "at most N speakers (0: all)")
	cmd.Flags().StringVar(&opts.format, "format", "table", "table or json (one speaker per line)")
	registerAliases(cmd.Flags(), &opts.aliases)
	return cmd
}

func runSpeakers(cmd *cobra.Command, g *globalOptions, opts *speakersOptions) error {
	if opts.format != "table" && opts.format != "json" {
		return usageError{fmt.Errorf("--format %q: want table or json", opts.format)}
	}
	if opts.limit < 0 {
		return usageError{errors.New("--limit must not be negative")}
	}
	cfg, err := g.config()
	if err != nil {
		return err
	}
	ix, err := openIndex(cfg)
	if err != nil {
		return err
	}
	defer ix.Close()
	if err := applyAliases(ix, cfg, opts.aliases); err != nil {
		return err
	}
	list, err := ix.Speakers(cmd.Context(), opts.limit)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if opts.format == "json" {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		for _, s := range list {
			if err := enc.Encode(s); err != nil {
				return err
			}
		}
		return nil
	}
	if len(list) == 0 {
		fmt.Fprintln(out, "no speakers")
		return nil
	}
	width := terminalWidth(out)
	fmt.Fprintf(out, "%-28s  %10s  %s\n", "SPEAKER", "STATEMENTS", "ALIASES")
	for _, s := range list {
		var others []string
		for _, a := range s.Aliases {
			if a != s.Name {
				others = append(others, a)
			}
		}
		fmt.Fprintf(out, "%-28s  %10d  %s\n", trim(s.Name, 28), s.Count, trim(strings.Join(others, "; "), max(width-42, 20)))
	}
	return nil
}
