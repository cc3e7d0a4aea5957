"""The prompts' helper functions (``helpers``) in JavaScript, TypeScript, PHP and Ruby."""

from __future__ import annotations

PALINDROME, POLY, CYCLIC, SHIFT = "HumanEval/10", "HumanEval/32", "HumanEval/38", "HumanEval/50"

JAVASCRIPT = {
    PALINDROME: """//Test if given string is a palindrome
function is_palindrome(string){
  return string == string.split("").reverse().join("");
}

""",
    POLY: """//Evaluates polynomial with coefficients xs at point x.
// return xs[0] + xs[1] * x + xs[1] * x^2 + .... xs[n] * x^n
function poly(xs, x){
  return xs.reduce((sum, coeff, i) => sum + coeff * Math.pow(x, i), 0);
}

""",
    CYCLIC: """//returns encoded string by cycling groups of three characters.
function encode_cyclic(s){
  // split string to groups. Each of length 3.
  const groups = [];
  for (let i = 0; i < Math.floor((s.length + 2) / 3); i++) {
    groups.push(s.slice(3 * i, Math.min(3 * i + 3, s.length)));
  }
  // cycle elements in each group. Unless group has fewer elements than 3.
  return groups.map(group => group.length == 3 ? group.slice(1) + group[0] : group).join("");
}

""",
    SHIFT: """//returns encoded string by shifting every character by 5 in the alphabet.
function encode_shift(s){
  const a = "a".charCodeAt(0);
  return s.split("").map(ch =>
    String.fromCharCode((((ch.charCodeAt(0) + 5 - a) % 26) + 26) % 26 + a)
  ).join("");
}

""",
}

TYPESCRIPT = {
    PALINDROME: """//Test if given string is a palindrome
function is_palindrome(string: string): boolean {
  return string == string.split("").reverse().join("");
}

""",
    POLY: """//Evaluates polynomial with coefficients xs at point x.
// return xs[0] + xs[1] * x + xs[1] * x^2 + .... xs[n] * x^n
function poly(xs: number[], x: number): number {
  return xs.reduce((sum, coeff, i) => sum + coeff * Math.pow(x, i), 0);
}

""",
    CYCLIC: """//returns encoded string by cycling groups of three characters.
function encode_cyclic(s: string): string {
  // split string to groups. Each of length 3.
  const groups: string[] = [];
  for (let i = 0; i < Math.floor((s.length + 2) / 3); i++) {
    groups.push(s.slice(3 * i, Math.min(3 * i + 3, s.length)));
  }
  // cycle elements in each group. Unless group has fewer elements than 3.
  return groups.map(group => group.length == 3 ? group.slice(1) + group[0] : group).join("");
}

""",
    SHIFT: """//returns encoded string by shifting every character by 5 in the alphabet.
function encode_shift(s: string): string {
  const a = "a".charCodeAt(0);
  return s.split("").map(ch =>
    String.fromCharCode((((ch.charCodeAt(0) + 5 - a) % 26) + 26) % 26 + a)
  ).join("");
}

""",
}

PHP = {
    PALINDROME: """// Test if given string is a palindrome
function is_palindrome($string) {
    return $string === strrev($string);
}

""",
    POLY: """// Evaluates polynomial with coefficients xs at point x.
// return xs[0] + xs[1] * x + xs[1] * x^2 + .... xs[n] * x^n
function poly($xs, $x) {
    $sum = 0.0;
    foreach ($xs as $i => $coeff) {
        $sum += $coeff * pow($x, $i);
    }
    return $sum;
}

""",
    CYCLIC: """// returns encoded string by cycling groups of three characters.
function encode_cyclic($s) {
    // split string to groups. Each of length 3.
    $groups = array();
    for ($i = 0; $i < strlen($s); $i += 3) {
        $groups[] = substr($s, $i, 3);
    }
    // cycle elements in each group. Unless group has fewer elements than 3.
    $groups = array_map(function ($group) {
        return strlen($group) == 3 ? substr($group, 1) . $group[0] : $group;
    }, $groups);
    return implode("", $groups);
}

""",
    SHIFT: """// returns encoded string by shifting every character by 5 in the alphabet.
function encode_shift($s) {
    $result = "";
    for ($i = 0; $i < strlen($s); $i++) {
        $result .= chr(((ord($s[$i]) + 5 - ord("a")) % 26 + 26) % 26 + ord("a"));
    }
    return $result;
}

""",
}

RUBY = {
    PALINDROME: """# Test if given string is a palindrome
def is_palindrome(string)
  string == string.reverse
end

""",
    POLY: """# Evaluates polynomial with coefficients xs at point x.
# return xs[0] + xs[1] * x + xs[1] * x^2 + .... xs[n] * x^n
def poly(xs, x)
  xs.each_with_index.sum { |coeff, i| coeff * x.to_f**i }
end

""",
    CYCLIC: """# returns encoded string by cycling groups of three characters.
def encode_cyclic(s)
  # split string to groups. Each of length 3.
  groups = s.chars.each_slice(3).map(&:join)
  # cycle elements in each group. Unless group has fewer elements than 3.
  groups.map { |group| group.length == 3 ? group[1..] + group[0] : group }.join
end

""",
    SHIFT: """# returns encoded string by shifting every character by 5 in the alphabet.
def encode_shift(s)
  s.chars.map { |ch| (((ch.ord + 5 - "a".ord) % 26) + "a".ord).chr }.join
end

""",
}

DYNAMIC: dict[str, dict[str, str]] = {
    "js": JAVASCRIPT,
    "ts": TYPESCRIPT,
    "php": PHP,
    "rb": RUBY,
}
