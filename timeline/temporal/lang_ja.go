package temporal

var Japanese = newLang("ja", nil, nil)
