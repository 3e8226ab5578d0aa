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
	out string
}

func newExportCommand(g *globalOptions) *cobra.Command {
	opts := &exportOptions{}
	cmd := &cobra.Command{
		Use:   "export [QUERY] [flags]",
		Short: "Write matching statements as CSV",
		Long: `Export writes every statement matching QUERY and the filters (all of them
without any) as RFC 4180 CSV with a header row:
  ` + strings.Join(export.CSVHeader, ",") + `
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
	if daemon != nil {
		err = daemon.export(cmd.Context(), q, bw)
	} else {
		n, err = export.CSV(cmd.Context(), bw, ix, q)
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
