// Package data holds the curated dataset (vocabularies and one YAML file per
// event) and the seed article, embedded so that an installed binary carries
// the chronology.
package data

import "embed"

// FS is the embedded data folder: kinds.yaml, actors.yaml, places.yaml,
// eras.yaml, events/ and articles/.
//
//go:embed *.yaml events articles
var FS embed.FS
