package temporal

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestDbgSentences(t *testing.T) {
	in := os.Getenv("DBG")
	if in == "" {
		t.Skip()
	}
	a := time.Date(1998, 8, 8, 12, 0, 0, 0, time.UTC)
	for _, line := range strings.Split(in, "\n") {
		for _, m := range Tag(line, a) {
			fmt.Printf("%q -> %s %s [%s]\n", m.Text, m.Type, m.Value, m.Rule)
		}
	}
}
