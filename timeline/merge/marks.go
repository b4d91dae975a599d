package merge

// marks is a set of small non-negative numbers (term ids, key numbers)
// that is emptied in one step: each number holds the generation that last
// marked it, and a number is in the set when that is the current one.
type marks struct {
	at  []uint32
	gen uint32
}

// reset empties the set.
func (s *marks) reset() {
	s.gen++
	if s.gen == 0 { // wrapped: marks of old generations could match
		clear(s.at)
		s.gen = 1
	}
}

// add puts k in the set, growing the table as needed.
func (s *marks) add(k int32) {
	if int(k) >= len(s.at) {
		s.at = append(s.at, make([]uint32, int(k)+1-len(s.at))...)
	}
	s.at[k] = s.gen
}

// has reports whether k is in the set.
func (s *marks) has(k int32) bool {
	return int(k) < len(s.at) && s.at[k] == s.gen
}
