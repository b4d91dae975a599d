package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"

	"github.com/peacetreaty/timeline/render"
)

// profiles records a CPU and a memory profile of a command for `go tool
// pprof` (extract's hidden --cpuprofile and --memprofile). Both are kept in
// memory and written at the end with render.WriteFile: a failed or killed
// run leaves no half-written profile.
type profiles struct {
	cpuName, memName string
	cpu              bytes.Buffer
}

// startProfiles checks that the profiles can be written where asked, then
// starts the CPU profile. Either name may be empty.
func startProfiles(cpuName, memName string) (*profiles, error) {
	p := &profiles{cpuName: cpuName, memName: memName}
	for _, f := range []struct{ flag, name string }{{"--cpuprofile", cpuName}, {"--memprofile", memName}} {
		if f.name == "" {
			continue
		}
		if info, err := os.Stat(f.name); err == nil && info.IsDir() {
			return nil, fmt.Errorf("%s: %s is a folder; give a file name to write to", f.flag, f.name)
		}
		if info, err := os.Stat(filepath.Dir(f.name)); err != nil || !info.IsDir() {
			return nil, fmt.Errorf("%s: %s: no such folder", f.flag, filepath.Dir(f.name))
		}
	}
	if cpuName != "" {
		if err := pprof.StartCPUProfile(&p.cpu); err != nil {
			return nil, fmt.Errorf("--cpuprofile: %v", err)
		}
	}
	return p, nil
}

// stop ends the CPU profile and writes both profiles. The memory profile is
// the heap profile after a collection: what was allocated over the whole run
// (alloc_space, alloc_objects) and what is still live (inuse_space).
func (p *profiles) stop() error {
	if p == nil {
		return nil
	}
	if p.cpuName != "" {
		pprof.StopCPUProfile()
		if err := render.WriteFile(p.cpuName, p.cpu.Bytes()); err != nil {
			return fmt.Errorf("--cpuprofile: %v", err)
		}
	}
	if p.memName != "" {
		runtime.GC()
		var mem bytes.Buffer
		if err := pprof.Lookup("allocs").WriteTo(&mem, 0); err != nil {
			return fmt.Errorf("--memprofile: %v", err)
		}
		if err := render.WriteFile(p.memName, mem.Bytes()); err != nil {
			return fmt.Errorf("--memprofile: %v", err)
		}
	}
	return nil
}
