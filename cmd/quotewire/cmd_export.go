package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/quotewire/quotewire/export"
	"github.com/quotewire/quotewire/pipeline"
)

type exportOptions struct {
	filterOptions
	out        string
	format     string
	bom        bool
	noSanitize bool
}

func newExportCommand(g *globalOptions) *cobra.Command {
	opts := &exportOptions{}
	cmd := &cobra.Command{
		Use:   "export [QUERY] [flags]",
		Short: "Write matching statements as CSV or JSON Lines",
		Long: `Export writes every statement matching QUERY (the query language of
"search") and the filters, all of them without any, newest first, as RFC
4180 CSV with a header row:
  ` + strings.Join(export.CSVHeader, ",") + `
or with --format jsonl as one JSON object per line (the fields of
"search --format json"; "quotewire import" reads it back). Rows are
streamed: memory stays flat however many there are. Every copy of a
statement carried by several articles is a row of its own.

CSV cells that begin with =, +, -, @, a tab or a carriage return get a
leading single quote so that spreadsheets do not run them as formulas;
--no-sanitize writes them as they are. --bom starts the file with a UTF-8
byte order mark, for spreadsheet programs that need it.`,
		Example: `  quotewire export --out statements.csv
  quotewire export 'speaker:marquez since:2025-11-01' --bom > marquez.csv
  quotewire export --format jsonl --out all.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(cmd, g, opts, args)
		},
	}
	opts.register(cmd.Flags())
	cmd.Flags().StringVarP(&opts.out, "out", "o", "-", "output file; - is standard output")
	cmd.Flags().StringVar(&opts.format, "format", "csv", "csv or jsonl")
	cmd.Flags().BoolVar(&opts.bom, "bom", false, "CSV: begin with a UTF-8 byte order mark (for spreadsheets)")
	cmd.Flags().BoolVar(&opts.noSanitize, "no-sanitize", false, "CSV: write cells beginning with = + - @ as they are (no formula-injection guard)")
	return cmd
}

func runExport(cmd *cobra.Command, g *globalOptions, opts *exportOptions, args []string) (err error) {
	if opts.format != "csv" && opts.format != "jsonl" {
		return usageError{fmt.Errorf("--format %q: want csv or jsonl", opts.format)}
	}
	text := strings.Join(args, " ")
	q, err := opts.query(text)
	if err != nil {
		return err
	}
	cfg, err := g.config()
	if err != nil {
		return err
	}
	ix, err := openIndex(cfg)
	var daemon *remote
	if errors.Is(err, pipeline.ErrBusy) {
		var ok bool
		if daemon, ok = daemonFor(cfg); ok {
			err = nil
		}
	}
	if err != nil {
		return err
	}
	if ix != nil {
		defer ix.Close()
		if err := applyAliases(ix, cfg, opts.aliases); err != nil {
			return err
		}
	}
	if daemon != nil && (opts.format != "csv" || opts.bom || opts.noSanitize) {
		return fmt.Errorf("%w: --format jsonl, --bom and --no-sanitize need the index to itself", pipeline.ErrBusy)
	}

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
	n := -1
	switch {
	case daemon != nil:
		q.Expr, q.Text = nil, text
		err = daemon.export(cmd.Context(), q, bw)
	case opts.format == "jsonl":
		n, err = export.JSONLines(cmd.Context(), bw, ix, q)
	default:
		n, err = export.CSVWith(cmd.Context(), bw, ix, q, export.Options{BOM: opts.bom, NoSanitize: opts.noSanitize})
	}
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if opts.out != "-" && n >= 0 {
		fmt.Fprintf(cmd.ErrOrStderr(), "wrote %d statements to %s\n", n, opts.out)
	}
	return nil
}
