// Command timeline builds and checks the chronology of the Russia–Japan
// peace treaty dispute. Run "timeline --help" for the commands.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
