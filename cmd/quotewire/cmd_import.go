package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/quotewire/quotewire/export"
	"github.com/quotewire/quotewire/index"
	"github.com/quotewire/quotewire/pipeline"
)

type importOptions struct {
	strict bool
}

// importBatch is how many statements import hands to the index at once.
const importBatch = 2000

func newImportCommand(g *globalOptions) *cobra.Command {
	opts := &importOptions{}
	cmd := &cobra.Command{
		Use:   "import FILE.jsonl|-",
		Short: "Index statements from JSON Lines (the export format)",
		Long: `Import reads statements in the format of "export --format jsonl" (one JSON
object per line; - is standard input) and indexes them into the data
folder, creating its index if there is none. A statement keeps its id, so
importing the same file twice stores each statement once.

A line that is not a valid statement (bad JSON, no speaker, text or url, a
bad date) is reported with its line number and skipped; with --strict the
import stops there instead, after indexing the lines before it. Either way
nothing already in the index is removed.`,
		Example: `  quotewire export --format jsonl --out all.jsonl
  quotewire --data other-data import all.jsonl`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runImport(cmd, g, opts, args[0])
		},
	}
	cmd.Flags().BoolVar(&opts.strict, "strict", false, "stop at the first bad line (default: report it and go on)")
	return cmd
}

func runImport(cmd *cobra.Command, g *globalOptions, opts *importOptions, file string) error {
	cfg, err := g.config()
	if err != nil {
		return err
	}
	var r io.Reader = cmd.InOrStdin()
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer f.Close()
		r = f
	}
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	ix, err := index.Open(pipeline.IndexDir(cfg.DataDir), index.Options{LockTimeout: pipeline.LockTimeout})
	if errors.Is(err, index.ErrLocked) {
		return fmt.Errorf("%w: %s (is a quotewire daemon or crawl running on it?)", pipeline.ErrBusy, cfg.DataDir)
	}
	if err != nil {
		return err
	}
	defer ix.Close()

	ctx := cmd.Context()
	stderr := cmd.ErrOrStderr()
	batch := make([]index.Record, 0, importBatch)
	imported, skipped := 0, 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := ix.Add(ctx, batch); err != nil {
			return fmt.Errorf("import: %w", err)
		}
		imported += len(batch)
		batch = batch[:0]
		return nil
	}
	name := file
	if name == "-" {
		name = "standard input"
	}
	err = export.ReadJSONLines(bufio.NewReaderSize(r, 1<<20), func(rec index.Record) error {
		batch = append(batch, rec)
		if len(batch) == importBatch {
			return flush()
		}
		return nil
	}, func(le *export.LineError) error {
		if opts.strict {
			return fmt.Errorf("import: %s: %w (stopped: --strict)", name, le)
		}
		skipped++
		fmt.Fprintf(stderr, "%s: %v (skipped)\n", name, le)
		return nil
	})
	if ferr := flush(); err == nil {
		err = ferr
	}
	if err == nil && imported > 0 {
		if _, cerr := ix.Compact(ctx); cerr != nil {
			err = fmt.Errorf("import: %w", cerr)
		}
	}
	fmt.Fprintf(stderr, "imported %d statements from %s", imported, name)
	if skipped > 0 {
		fmt.Fprintf(stderr, ", skipped %d bad line(s)", skipped)
	}
	fmt.Fprintln(stderr)
	return err
}
