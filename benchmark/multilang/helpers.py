"""The helper functions four HumanEval prompts define before the entry point, by hand.

HumanEval/10 (``is_palindrome``), /32 (``poly``), /38 (``encode_cyclic``) and /50
(``encode_shift``): the tests (/32, /38, /50) or the canonical solution (/10) need them, so the
prompt carries each one translated faithfully into the language, docstring as a comment, in the
language's MultiPL-E spelling (names camel-cased for Java, C# and Scala, types as the
signatures'), before the entry point's doc comment. This module: the statically typed
languages; ``helpers_dynamic`` the others. ``poly`` is absent where ``float`` is 32-bit
(HumanEval/32 is left out there: ``source.Spec.float32_ok``).
"""

from __future__ import annotations

from benchmark.multilang.helpers_dynamic import DYNAMIC

PALINDROME, POLY, CYCLIC, SHIFT = "HumanEval/10", "HumanEval/32", "HumanEval/38", "HumanEval/50"

C = {
    PALINDROME: """// Test if given string is a palindrome
bool is_palindrome(const char *string) {
    long n = (long)strlen(string);
    for (long i = 0; i < n / 2; i++)
        if (string[i] != string[n - 1 - i]) return false;
    return true;
}

""",
    POLY: """// Evaluates polynomial with coefficients xs at point x.
// return xs[0] + xs[1] * x + xs[1] * x^2 + .... xs[n] * x^n
double poly(long_list xs, double x) {
    double sum = 0.0;
    for (long i = 0; i < xs.size; i++) sum += xs.data[i] * pow(x, (double)i);
    return sum;
}

""",
    CYCLIC: """// returns encoded string by cycling groups of three characters.
char *encode_cyclic(const char *s) {
    long n = (long)strlen(s);
    char *out = malloc(n + 1);
    // split string to groups. Each of length 3.
    for (long i = 0; i < n; i += 3) {
        // cycle elements in each group. Unless group has fewer elements than 3.
        if (i + 3 <= n) {
            out[i] = s[i + 1];
            out[i + 1] = s[i + 2];
            out[i + 2] = s[i];
        } else {
            for (long j = i; j < n; j++) out[j] = s[j];
        }
    }
    out[n] = '\\0';
    return out;
}

""",
    SHIFT: """// returns encoded string by shifting every character by 5 in the alphabet.
char *encode_shift(const char *s) {
    long n = (long)strlen(s);
    char *out = malloc(n + 1);
    for (long i = 0; i < n; i++) out[i] = (char)(((s[i] + 5 - 'a') % 26 + 26) % 26 + 'a');
    out[n] = '\\0';
    return out;
}

""",
}

CPP = {
    PALINDROME: """// Test if given string is a palindrome
bool is_palindrome(std::string string) {
    return string == std::string(string.rbegin(), string.rend());
}

""",
    CYCLIC: """// returns encoded string by cycling groups of three characters.
std::string encode_cyclic(std::string s) {
    std::string output;
    // split string to groups. Each of length 3.
    for (long i = 0; i * 3 < (long)s.size(); i++) {
        std::string group = s.substr(i * 3, 3);
        // cycle elements in each group. Unless group has fewer elements than 3.
        if (group.size() == 3) group = group.substr(1) + group[0];
        output += group;
    }
    return output;
}

""",
    SHIFT: """// returns encoded string by shifting every character by 5 in the alphabet.
std::string encode_shift(std::string s) {
    std::string output;
    for (char ch : s) output += (char)(((ch + 5 - 'a') % 26 + 26) % 26 + 'a');
    return output;
}

""",
}

GO = {
    PALINDROME: """// Test if given string is a palindrome
func is_palindrome(myString string) bool {
    for i, j := 0, len(myString)-1; i < j; i, j = i+1, j-1 {
        if myString[i] != myString[j] {
            return false
        }
    }
    return true
}

""",
    POLY: """// Evaluates polynomial with coefficients xs at point x.
// return xs[0] + xs[1] * x + xs[1] * x^2 + .... xs[n] * x^n
func poly(xs []int, x float64) float64 {
    sum := 0.0
    for i, coeff := range xs {
        sum += float64(coeff) * math.Pow(x, float64(i))
    }
    return sum
}

""",
    CYCLIC: """// returns encoded string by cycling groups of three characters.
func encode_cyclic(s string) string {
    // split string to groups. Each of length 3.
    groups := []string{}
    for i := 0; i < (len(s)+2)/3; i++ {
        end := 3*i + 3
        if end > len(s) {
            end = len(s)
        }
        groups = append(groups, s[3*i:end])
    }
    // cycle elements in each group. Unless group has fewer elements than 3.
    result := ""
    for _, group := range groups {
        if len(group) == 3 {
            group = group[1:] + group[:1]
        }
        result += group
    }
    return result
}

""",
    SHIFT: """// returns encoded string by shifting every character by 5 in the alphabet.
func encode_shift(s string) string {
    result := []rune{}
    for _, ch := range s {
        result = append(result, rune(((int(ch)+5-int('a'))%26+26)%26+int('a')))
    }
    return string(result)
}

""",
}

RUST = {
    PALINDROME: """/// Test if given string is a palindrome
fn is_palindrome(string: String) -> bool {
    string.chars().eq(string.chars().rev())
}

""",
    POLY: """/// Evaluates polynomial with coefficients xs at point x.
/// return xs[0] + xs[1] * x + xs[1] * x^2 + .... xs[n] * x^n
fn poly(xs: Vec<isize>, x: f64) -> f64 {
    xs.iter().enumerate().map(|(i, &coeff)| coeff as f64 * x.powf(i as f64)).sum()
}

""",
    CYCLIC: """/// returns encoded string by cycling groups of three characters.
fn encode_cyclic(s: String) -> String {
    let chars: Vec<char> = s.chars().collect();
    // split string to groups. Each of length 3.
    // cycle elements in each group. Unless group has fewer elements than 3.
    chars
        .chunks(3)
        .map(|group| {
            if group.len() == 3 {
                [group[1], group[2], group[0]].iter().collect::<String>()
            } else {
                group.iter().collect::<String>()
            }
        })
        .collect()
}

""",
    SHIFT: """/// returns encoded string by shifting every character by 5 in the alphabet.
fn encode_shift(s: String) -> String {
    s.chars()
        .map(|ch| (((ch as i64) + 5 - ('a' as i64)).rem_euclid(26) + ('a' as i64)) as u8 as char)
        .collect()
}

""",
}

JAVA = {
    PALINDROME: """    // Test if given string is a palindrome
    public static boolean isPalindrome(String string) {
        return string.equals(new StringBuilder(string).reverse().toString());
    }
""",
    CYCLIC: """    // returns encoded string by cycling groups of three characters.
    public static String encodeCyclic(String s) {
        StringBuilder output = new StringBuilder();
        // split string to groups. Each of length 3.
        for (int i = 0; i < s.length(); i += 3) {
            String group = s.substring(i, Math.min(i + 3, s.length()));
            // cycle elements in each group. Unless group has fewer elements than 3.
            output.append(group.length() == 3 ? group.substring(1) + group.charAt(0) : group);
        }
        return output.toString();
    }
""",
    SHIFT: """    // returns encoded string by shifting every character by 5 in the alphabet.
    public static String encodeShift(String s) {
        StringBuilder output = new StringBuilder();
        for (char ch : s.toCharArray()) {
            output.append((char) (Math.floorMod(ch + 5 - 'a', 26) + 'a'));
        }
        return output.toString();
    }
""",
}

CSHARP = {
    PALINDROME: """    // Test if given string is a palindrome
    public static bool IsPalindrome(string str) {
        char[] chars = str.ToCharArray();
        Array.Reverse(chars);
        return str == new string(chars);
    }
""",
    CYCLIC: """    // returns encoded string by cycling groups of three characters.
    public static string EncodeCyclic(string s) {
        StringBuilder output = new StringBuilder();
        // split string to groups. Each of length 3.
        for (int i = 0; i < s.Length; i += 3) {
            string group = s.Substring(i, Math.Min(3, s.Length - i));
            // cycle elements in each group. Unless group has fewer elements than 3.
            output.Append(group.Length == 3 ? group.Substring(1) + group[0] : group);
        }
        return output.ToString();
    }
""",
    SHIFT: """    // returns encoded string by shifting every character by 5 in the alphabet.
    public static string EncodeShift(string s) {
        StringBuilder output = new StringBuilder();
        foreach (char ch in s) output.Append((char)(((ch + 5 - 'a') % 26 + 26) % 26 + 'a'));
        return output.ToString();
    }
""",
}

SCALA = {
    PALINDROME: """    // Test if given string is a palindrome
    def isPalindrome(string : String) : Boolean = {
        string == string.reverse
    }
""",
    CYCLIC: """    // returns encoded string by cycling groups of three characters.
    def encodeCyclic(s : String) : String = {
        // split string to groups. Each of length 3.
        val groups = s.grouped(3).toList
        // cycle elements in each group. Unless group has fewer elements than 3.
        groups.map(group =>
            if (group.length == 3) group.substring(1) + group(0) else group
        ).mkString
    }
""",
    SHIFT: """    // returns encoded string by shifting every character by 5 in the alphabet.
    def encodeShift(s : String) : String = {
        s.map(ch => (Math.floorMod(ch + 5 - 'a', 26) + 'a').toChar)
    }
""",
}

HELPERS: dict[str, dict[str, str]] = {
    "c": C,
    "cpp": CPP,
    "go": GO,
    "rs": RUST,
    "java": JAVA,
    "cs": CSHARP,
    "scala": SCALA,
    **DYNAMIC,
}


def helper_code(code: str, original_id: str) -> str:
    """The language's text of the problem's helper functions ("" where it has none)."""
    return HELPERS.get(code, {}).get(original_id, "")
