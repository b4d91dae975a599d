package temporal

// wordTable finds a word of a language table by the hash of its bytes
// (hashWord), in one probe for most words, which are in no table.
type wordTable struct {
	slots []wordSlot // a power of two long, at most a quarter full
	keys  []string   // the entries' keys, by entry index
	shift uint32     // 32 - log2(len(slots))
	// prefix has the bit hash&prefixMask set for every proper prefix of
	// a key, so that a longest match stops as soon as no key goes on
	// (a collision only makes it look further).
	prefix [prefixMask/64 + 1]uint64
	// present has the bit hash&presentMask set for every key: most words
	// of a text are in no table, and this 2 KB stays in the cache where
	// the slots, 32 KB for English, do not.
	present [presentMask/64 + 1]uint64
}

const presentMask = 1<<14 - 1

// mayHold reports whether a key may hash (hashWord) to h: false means
// certainly not. (lexRun tests the same bit in line.)
func (t *wordTable) mayHold(h uint32) bool {
	b := h & presentMask
	return t.present[b>>6]&(1<<(b&63)) != 0
}

const prefixMask = 1<<15 - 1

// maybePrefix reports whether bytes hashing (hashWord) to h may be a
// proper prefix of a key: false means certainly not.
func (t *wordTable) maybePrefix(h uint32) bool {
	b := h & prefixMask
	return t.prefix[b>>6]&(1<<(b&63)) != 0
}

// wordSlot is one slot of a wordTable: the full hash of its key, so that
// most collisions are told apart without comparing bytes, and the entry
// index, -1 for an empty slot.
type wordSlot struct {
	h   uint32
	idx int16
}

// FNV-1a, one byte at a time: the lexer hashes a word's lower-case bytes
// as it scans them.
const (
	hashSeed  uint32 = 2166136261
	hashPrime uint32 = 16777619
)

func hashByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * hashPrime }

// hashWord is the hash of the bytes of w, each with bit 0x20 set, so that
// an ASCII letter hashes as its lower case (other bytes may collide, which
// the look-ups' comparison of keys settles).
func hashWord[T string | []byte](w T) uint32 {
	h := hashSeed
	for i := 0; i < len(w); i++ {
		h = hashByte(h, w[i]|0x20)
	}
	return h
}

// newWordTable indexes the keys of entries.
func newWordTable(entries []entry) wordTable {
	bits := uint32(4)
	for 1<<bits < 4*len(entries) {
		bits++
	}
	t := wordTable{slots: make([]wordSlot, 1<<bits), keys: make([]string, len(entries)), shift: 32 - bits}
	for i := range t.slots {
		t.slots[i].idx = -1
	}
	for i := range entries {
		k := entries[i].key
		t.keys[i] = k
		ph := hashSeed
		for j := 0; j < len(k)-1; j++ {
			ph = hashByte(ph, k[j]|0x20)
			b := ph & prefixMask
			t.prefix[b>>6] |= 1 << (b & 63)
		}
		h := hashWord(k)
		b := h & presentMask
		t.present[b>>6] |= 1 << (b & 63)
		p := t.slot(h)
		for t.slots[p].idx >= 0 {
			p = (p + 1) & uint32(len(t.slots)-1)
		}
		t.slots[p] = wordSlot{h, int16(i)}
	}
	return t
}

// slot is the first slot to probe for hash h.
func (t *wordTable) slot(h uint32) uint32 { return (h * 0x9E3779B1) >> t.shift }

// findKey returns the index of key w with hash h, or -1: the look-up of
// the Russian (bytes folded while lexing) and Japanese (a slice of the
// text) lexers.
func findKey[T string | []byte](t *wordTable, w T, h uint32) int16 {
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint32(len(t.slots) - 1)
	for p := t.slot(h); ; p = (p + 1) & mask {
		sl := t.slots[p]
		if sl.idx < 0 {
			return -1
		}
		if sl.h == h && t.keys[sl.idx] == string(w) {
			return sl.idx
		}
	}
}

// findFold is find for a word of ASCII letters in any case, h being the
// hash of its lower-case bytes.
func (t *wordTable) findFold(w string, h uint32) int16 {
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint32(len(t.slots) - 1)
	for p := t.slot(h); ; p = (p + 1) & mask {
		sl := t.slots[p]
		if sl.idx < 0 {
			return -1
		}
		if sl.h == h && equalFold(t.keys[sl.idx], w) {
			return sl.idx
		}
	}
}

// equalFold reports whether the key k is the ASCII word w lower-cased (an
// upper-case key matches nothing, as with the map it replaces).
func equalFold(k, w string) bool {
	if len(k) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if k[i] != lower(w[i]) {
			return false
		}
	}
	return true
}
