package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/quotewire/quotewire/index"
)

type exportOptions struct {
	filterOptions
	out string
}

// csvHeader is the export's column order; keep it stable.
var csvHeader = []string{"date", "speaker", "cue", "kind", "statement", "addressee", "outlet", "title", "url", "paragraph"}

func newExportCommand(g *globalOptions) *cobra.Command {
	opts := &exportOptions{}
	cmd := &cobra.Command{
		Use:   "export [QUERY] [flags]",
		Short: "Write matching statements as CSV",
		Long: `Export writes every statement matching QUERY and the filters (all of them
without any) as RFC 4180 CSV with a header row:
  ` + strings.Join(csvHeader, ",") + `
newest first. Rows are streamed: memory stays flat however many there are.`,
		Example: `  quotewire export --out statements.csv
  quotewire export --speaker marquez --since 2025-11-01 > marquez.csv`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(cmd, g, opts, args)
		},
	}
	opts.register(cmd.Flags())
	cmd.Flags().StringVarP(&opts.out, "out", "o", "-", "output file; - is standard output")
	return cmd
}

func runExport(cmd *cobra.Command, g *globalOptions, opts *exportOptions, args []string) (err error) {
	q, err := opts.query(strings.Join(args, " "))
	if err != nil {
		return err
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

	var w io.Writer = cmd.OutOrStdout()
	if opts.out != "-" {
		f, err := os.Create(opts.out)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer func() {
			if cerr := f.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("export: %w", cerr)
			}
		}()
		w = f
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	n, err := writeCSV(cmd, ix, q, bw)
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if opts.out != "-" {
		fmt.Fprintf(cmd.ErrOrStderr(), "wrote %d statements to %s\n", n, opts.out)
	}
	return nil
}

func writeCSV(cmd *cobra.Command, ix *index.Index, q index.Query, w io.Writer) (int, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	n := 0
	row := make([]string, len(csvHeader))
	err := ix.Export(cmd.Context(), q, func(r index.Record) error {
		row[0] = formatTime(r.Published, time.RFC3339)
		row[1], row[2], row[3], row[4] = r.Speaker, r.Cue, r.Kind, r.Text
		row[5], row[6], row[7], row[8] = r.To, r.Outlet, r.Title, r.URL
		row[9] = strconv.Itoa(r.Paragraph)
		n++
		return cw.Write(row)
	})
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}
