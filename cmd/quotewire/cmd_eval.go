package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/quotewire/quotewire/eval"
)

type evalOptions struct {
	gold    string
	verbose bool
	out     string
	preds   string
}

func newEvalCommand(g *globalOptions) *cobra.Command {
	opts := &evalOptions{}
	cmd := &cobra.Command{
		Use:   "eval --gold DIR",
		Short: "Score statement extraction against annotated gold files",
		Long: `Eval extracts the statements of every document named by the gold files in
DIR (JSON, in the format of gold/FORMAT.md; documents are resolved relative
to each gold file: .txt with one paragraph per line, or .html / .html.gz
pages; a .txt whose first lines spell out the gold file's "title" has them
read as its headline, whose statements are not scored) and scores them: per document and overall, statement precision,
recall and F1 (text token F1 >= 0.5, matched one to one), speaker accuracy
(token F1 >= 0.7 against any gold alternative), kind accuracy, and the
headline attributed F1 (a statement counts only if matched with the right
speaker). Its numbers agree with the reference score.py.

--verbose lists every miss, extra and wrong speaker. --predictions FILE
writes the predictions as JSON lines (doc, speaker, cue, kind, text) for
other scorers; --score FILE scores predictions read from FILE instead of
running the extractor.`,
		Example: `  quotewire eval --gold ../shared/gold/dev
  quotewire eval --gold ../shared/gold/dev --verbose
  quotewire eval --gold ../shared/gold/dev --predictions preds.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.gold == "" {
				return usageError{errors.New("eval needs --gold DIR")}
			}
			return runEval(cmd, opts)
		},
	}
	cmd.Flags().StringVar(&opts.gold, "gold", "", "folder of gold JSON files")
	cmd.Flags().BoolVarP(&opts.verbose, "verbose", "v", false, "list every miss, extra and wrong speaker")
	cmd.Flags().StringVar(&opts.out, "predictions", "", "also write the predictions to FILE as JSON lines")
	cmd.Flags().StringVar(&opts.preds, "score", "", "score the predictions in FILE (JSON lines) instead of extracting")
	return cmd
}

func runEval(cmd *cobra.Command, opts *evalOptions) error {
	golds, err := eval.LoadGoldDir(opts.gold)
	if err != nil {
		return err
	}
	if len(golds) == 0 {
		return fmt.Errorf("eval: no gold files in %s", opts.gold)
	}
	var preds []eval.Prediction
	if opts.preds != "" {
		f, err := os.Open(opts.preds)
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		defer f.Close()
		if preds, err = eval.ReadPredictions(f); err != nil {
			return fmt.Errorf("eval: %s: %w", opts.preds, err)
		}
	} else {
		for _, g := range golds {
			p, err := eval.Predict(g)
			if err != nil {
				return fmt.Errorf("eval: %s: %w", g.ID, err)
			}
			preds = append(preds, p...)
		}
	}
	if opts.out != "" {
		f, err := os.Create(opts.out)
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		if err := eval.WritePredictions(f, preds); err != nil {
			f.Close()
			return fmt.Errorf("eval: %s: %w", opts.out, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
	}
	return eval.Score(golds, preds).Write(cmd.OutOrStdout(), opts.verbose)
}
