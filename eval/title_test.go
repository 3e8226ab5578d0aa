package eval

import (
	"os"
	"path/filepath"
	"testing"
)

// A plain-text document whose opening lines spell out the gold title has
// them read as its headline: a statement there is not scored, while the
// body's are, and the headline still names who the body quotes.
func TestPredictSkipsTextHeadline(t *testing.T) {
	dir := t.TempDir()
	doc := "Mayor Lee says the bridge will reopen in May.\n" +
		"Harbor crossing back on schedule.\n" +
		"The city council met on Tuesday night.\n" +
		"Mayor Ann Lee said the repairs were nearly done.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	base := Gold{ID: "a", Document: filepath.Join(dir, "a.txt")}

	plain, err := Predict(base)
	if err != nil {
		t.Fatal(err)
	}
	if len(plain) != 2 {
		t.Fatalf("without a gold title: %d predictions, want the headline's and the body's: %+v", len(plain), plain)
	}

	titled := base
	titled.Title = "Mayor Lee says the bridge will reopen in May. Harbor crossing back on schedule."
	got, err := Predict(titled)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Text != "the repairs were nearly done" || got[0].Speaker != "Ann Lee" {
		t.Fatalf("with the gold title: %+v, want only the body's statement by Ann Lee", got)
	}

	other := base
	other.Title = "Bridge news"
	if got, _ := Predict(other); len(got) != 2 {
		t.Fatalf("a title the text does not open with must not drop anything: %+v", got)
	}
}
