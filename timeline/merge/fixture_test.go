package merge

import (
	"testing/fstest"
)

// The vocabularies of the merge tests: a small valid data folder.
const (
	testKinds = `kinds:
  - id: treaty
    title: Treaty
  - id: summit
    title: Summit
`
	testActors = `actors:
  - id: japan
    name: Japan
    type: state
    ja: 日本
  - id: russia
    name: Russia
    type: state
    ru: Россия
    aliases: [Moscow]
`
	testPlaces = `places:
  - id: southern-kurils
    name: Southern Kurils
    aliases: [Northern Territories]
  - id: iturup
    name: Iturup
    aliases: [Etorofu]
    part_of: southern-kurils
  - id: tokyo
    name: Tokyo
`
	testEras = `eras:
  - id: later
    title: Later
    date: 1956/..
  - id: early
    title: Early
    date: 1855/1955
`
)

// testFS is the vocabularies plus the given event files.
func testFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{
		"kinds.yaml":  {Data: []byte(testKinds)},
		"actors.yaml": {Data: []byte(testActors)},
		"places.yaml": {Data: []byte(testPlaces)},
		"eras.yaml":   {Data: []byte(testEras)},
	}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}
