using System.Text;

namespace Hearth.Core.People.Matching;

/// <summary>The two Double Metaphone codes of a word. Alternate equals Primary when the word has one pronunciation.</summary>
public sealed record DoubleMetaphoneCodes(string Primary, string Alternate)
{
    /// <summary>True when either code of this word equals either code of the other.</summary>
    public bool Matches(DoubleMetaphoneCodes other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Primary.Length > 0 && (Primary == other.Primary || Primary == other.Alternate)
            || Alternate.Length > 0 && (Alternate == other.Primary || Alternate == other.Alternate);
    }
}

/// <summary>
/// Lawrence Philips' Double Metaphone ("The Double Metaphone Search Algorithm", C/C++ Users
/// Journal, June 2000), following the rules of his original C++ implementation case by case:
/// a primary code for the most likely English pronunciation and an alternate for a common
/// other one (Germanic, Slavic, Spanish, Italian, French, Greek, Chinese spellings).
/// "0" stands for the "th" sound and "X" for "sh"/"ch". Codes are cut to <c>maxLength</c>
/// characters, 4 by default as in the original.
/// </summary>
public static class DoubleMetaphone
{
    /// <summary>The code length of the original algorithm.</summary>
    public const int DefaultMaxLength = 4;

    /// <summary>Encodes one word (spaces are kept: "VAN ", "SAN " prefixes matter).</summary>
    public static DoubleMetaphoneCodes Encode(string? word, int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (string.IsNullOrWhiteSpace(word))
        {
            return new DoubleMetaphoneCodes(string.Empty, string.Empty);
        }

        return new Encoder(word.Trim().ToUpperInvariant(), maxLength).Run();
    }

    private sealed class Encoder
    {
        private readonly string value;
        private readonly int length;
        private readonly int last;
        private readonly int maxLength;
        private readonly bool slavoGermanic;
        private readonly StringBuilder primary = new();
        private readonly StringBuilder alternate = new();

        public Encoder(string word, int maxLength)
        {
            length = word.Length;
            last = length - 1;

            // The original pads with five spaces so look-ahead past the end sees ' '.
            value = word + "     ";
            this.maxLength = maxLength;
            slavoGermanic = word.Contains('W') || word.Contains('K') || word.Contains("CZ", StringComparison.Ordinal)
                || word.Contains("WITZ", StringComparison.Ordinal);
        }

        public DoubleMetaphoneCodes Run()
        {
            var current = 0;

            // Silent first letter: GNOME, KNIGHT, PNEUMONIA, WRITE, PSYCHOLOGY.
            if (At(0, "GN", "KN", "PN", "WR", "PS"))
            {
                current++;
            }

            // Initial X sounds like S: XAVIER.
            if (Get(0) == 'X')
            {
                Add("S");
                current++;
            }

            while ((primary.Length < maxLength || alternate.Length < maxLength) && current < length)
            {
                current = Step(current);
            }

            return new DoubleMetaphoneCodes(Cut(primary), Cut(alternate));
        }

        private string Cut(StringBuilder code) =>
            code.Length > maxLength ? code.ToString(0, maxLength) : code.ToString();

        private int Step(int current) => Get(current) switch
        {
            'A' or 'E' or 'I' or 'O' or 'U' or 'Y' => Vowel(current),
            'B' => Simple(current, 'B', "P"),
            'Ç' => Then(current + 1, "S"),
            'C' => C(current),
            'D' => D(current),
            'F' => Simple(current, 'F', "F"),
            'G' => G(current),
            'H' => H(current),
            'J' => J(current),
            'K' => Simple(current, 'K', "K"),
            'L' => L(current),
            'M' => M(current),
            'N' => Simple(current, 'N', "N"),
            'Ñ' => Then(current + 1, "N"),
            'P' => P(current),
            'Q' => Simple(current, 'Q', "K"),
            'R' => R(current),
            'S' => S(current),
            'T' => T(current),
            'V' => Simple(current, 'V', "F"),
            'W' => W(current),
            'X' => X(current),
            'Z' => Z(current),
            _ => current + 1,
        };

        private int Vowel(int current)
        {
            // Every initial vowel maps to A; other vowels are dropped.
            if (current == 0)
            {
                Add("A");
            }

            return current + 1;
        }

        // A letter that is coded the same whether single or doubled (BB, FF, KK, NN, QQ, VV).
        private int Simple(int current, char letter, string code)
        {
            Add(code);
            return Get(current + 1) == letter ? current + 2 : current + 1;
        }

        private int Then(int next, string main, string? alt = null)
        {
            Add(main, alt);
            return next;
        }

        private int C(int current)
        {
            // Germanic: BACHER, MACHER, but not the -ACHI-/-ACHE- of Italian or English.
            if (current > 1 && !IsVowel(current - 2) && At(current - 1, "ACH")
                && Get(current + 2) != 'I' && (Get(current + 2) != 'E' || At(current - 2, "BACHER", "MACHER")))
            {
                return Then(current + 2, "K");
            }

            if (current == 0 && At(current, "CAESAR"))
            {
                return Then(current + 2, "S");
            }

            // Italian CHIANTI.
            if (At(current, "CHIA"))
            {
                return Then(current + 2, "K");
            }

            if (At(current, "CH"))
            {
                // MICHAEL.
                if (current > 0 && At(current, "CHAE"))
                {
                    return Then(current + 2, "K", "X");
                }

                // Greek roots: CHEMISTRY, CHORUS, CHARACTER (but not CHORE).
                if (current == 0 && (At(current + 1, "HARAC", "HARIS") || At(current + 1, "HOR", "HYM", "HIA", "HEM"))
                    && !At(0, "CHORE"))
                {
                    return Then(current + 2, "K");
                }

                // Germanic, Greek or otherwise CH for a KH sound: ARCHITECT, ORCHESTRA, ORCHID,
                // WACHTLER, WECHSLER, but not TICHNER.
                if (At(0, "VAN ", "VON ") || At(0, "SCH")
                    || At(current - 2, "ORCHES", "ARCHIT", "ORCHID")
                    || At(current + 2, "T", "S")
                    || ((At(current - 1, "A", "O", "U", "E") || current == 0)
                        && At(current + 2, "L", "R", "N", "M", "B", "H", "F", "V", "W", " ")))
                {
                    Add("K");
                }
                else if (current > 0)
                {
                    // MCHUGH.
                    if (At(0, "MC"))
                    {
                        Add("K");
                    }
                    else
                    {
                        Add("X", "K");
                    }
                }
                else
                {
                    Add("X");
                }

                return current + 2;
            }

            // CZERNY, but not -WICZ.
            if (At(current, "CZ") && !At(current - 2, "WICZ"))
            {
                return Then(current + 2, "S", "X");
            }

            // FOCACCIA.
            if (At(current + 1, "CIA"))
            {
                return Then(current + 3, "X");
            }

            // Double C, but not MCCLELLAN.
            if (At(current, "CC") && !(current == 1 && Get(0) == 'M'))
            {
                // BELLOCCHIO but not BACCHUS.
                if (At(current + 2, "I", "E", "H") && !At(current + 2, "HU"))
                {
                    // ACCIDENT, ACCEDE, SUCCEED.
                    if ((current == 1 && Get(current - 1) == 'A') || At(current - 1, "UCCEE", "UCCES"))
                    {
                        Add("KS");
                    }
                    else
                    {
                        // BACCI, BERTUCCI and other Italian.
                        Add("X");
                    }

                    return current + 3;
                }

                // Pierce's rule.
                return Then(current + 2, "K");
            }

            if (At(current, "CK", "CG", "CQ"))
            {
                return Then(current + 2, "K");
            }

            if (At(current, "CI", "CE", "CY"))
            {
                // Italian against English.
                if (At(current, "CIO", "CIE", "CIA"))
                {
                    Add("S", "X");
                }
                else
                {
                    Add("S");
                }

                return current + 2;
            }

            Add("K");

            // Names written apart: MAC CAFFREY, MAC GREGOR.
            if (At(current + 1, " C", " Q", " G"))
            {
                return current + 3;
            }

            if (At(current + 1, "C", "K", "Q") && !At(current + 1, "CE", "CI"))
            {
                return current + 2;
            }

            return current + 1;
        }

        private int D(int current)
        {
            if (At(current, "DG"))
            {
                // EDGE.
                if (At(current + 2, "I", "E", "Y"))
                {
                    return Then(current + 3, "J");
                }

                // EDGAR.
                return Then(current + 2, "TK");
            }

            if (At(current, "DT", "DD"))
            {
                return Then(current + 2, "T");
            }

            return Then(current + 1, "T");
        }

        private int G(int current)
        {
            if (Get(current + 1) == 'H')
            {
                if (current > 0 && !IsVowel(current - 1))
                {
                    return Then(current + 2, "K");
                }

                // GHISLANE, GHIRADELLI.
                if (current == 0)
                {
                    return Then(current + 2, Get(current + 2) == 'I' ? "J" : "K");
                }

                // Parker's rule, refined: HUGH, BOUGH, BROUGHTON.
                if ((current > 1 && At(current - 2, "B", "H", "D"))
                    || (current > 2 && At(current - 3, "B", "H", "D"))
                    || (current > 3 && At(current - 4, "B", "H")))
                {
                    return current + 2;
                }

                // LAUGH, MCLAUGHLIN, COUGH, GOUGH, ROUGH, TOUGH.
                if (current > 2 && Get(current - 1) == 'U' && At(current - 3, "C", "G", "L", "R", "T"))
                {
                    Add("F");
                }
                else if (current > 0 && Get(current - 1) != 'I')
                {
                    Add("K");
                }

                return current + 2;
            }

            if (Get(current + 1) == 'N')
            {
                if (current == 1 && IsVowel(0) && !slavoGermanic)
                {
                    Add("KN", "N");
                }
                else if (!At(current + 2, "EY") && Get(current + 1) != 'Y' && !slavoGermanic)
                {
                    // Not CAGNEY.
                    Add("N", "KN");
                }
                else
                {
                    Add("KN");
                }

                return current + 2;
            }

            // TAGLIARO.
            if (At(current + 1, "LI") && !slavoGermanic)
            {
                return Then(current + 2, "KL", "L");
            }

            // -GES-, -GEP-, -GEL-, -GIE- at the beginning.
            if (current == 0
                && (Get(current + 1) == 'Y'
                    || At(current + 1, "ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER")))
            {
                return Then(current + 2, "K", "J");
            }

            // -GER-, -GY-.
            if ((At(current + 1, "ER") || Get(current + 1) == 'Y')
                && !At(0, "DANGER", "RANGER", "MANGER")
                && !At(current - 1, "E", "I")
                && !At(current - 1, "RGY", "OGY"))
            {
                return Then(current + 2, "K", "J");
            }

            // Italian: BIAGGI.
            if (At(current + 1, "E", "I", "Y") || At(current - 1, "AGGI", "OGGI"))
            {
                if (At(0, "VAN ", "VON ") || At(0, "SCH") || At(current + 1, "ET"))
                {
                    // Obviously Germanic.
                    Add("K");
                }
                else if (At(current + 1, "IER "))
                {
                    // Always soft with a French ending.
                    Add("J");
                }
                else
                {
                    Add("J", "K");
                }

                return current + 2;
            }

            return Simple(current, 'G', "K");
        }

        private int H(int current)
        {
            // Kept only when first or between vowels, and followed by a vowel; also skips HH.
            if ((current == 0 || IsVowel(current - 1)) && IsVowel(current + 1))
            {
                return Then(current + 2, "H");
            }

            return current + 1;
        }

        private int J(int current)
        {
            // Obviously Spanish: JOSE, SAN JACINTO.
            if (At(current, "JOSE") || At(0, "SAN "))
            {
                if ((current == 0 && Get(current + 4) == ' ') || At(0, "SAN "))
                {
                    Add("H");
                }
                else
                {
                    Add("J", "H");
                }

                return current + 1;
            }

            if (current == 0 && !At(current, "JOSE"))
            {
                // YANKELOVICH / JANKELOWICZ.
                Add("J", "A");
            }
            else if (IsVowel(current - 1) && !slavoGermanic && (Get(current + 1) == 'A' || Get(current + 1) == 'O'))
            {
                // Spanish pronunciation of BAJADOR.
                Add("J", "H");
            }
            else if (current == last)
            {
                Add("J", " ");
            }
            else if (!At(current + 1, "L", "T", "K", "S", "N", "M", "B", "Z") && !At(current - 1, "S", "K", "L"))
            {
                Add("J");
            }

            return Get(current + 1) == 'J' ? current + 2 : current + 1;
        }

        private int L(int current)
        {
            if (Get(current + 1) == 'L')
            {
                // Spanish: CABRILLO, GALLEGOS.
                if ((current == length - 3 && At(current - 1, "ILLO", "ILLA", "ALLE"))
                    || ((At(last - 1, "AS", "OS") || At(last, "A", "O")) && At(current - 1, "ALLE")))
                {
                    return Then(current + 2, "L", " ");
                }

                return Then(current + 2, "L");
            }

            return Then(current + 1, "L");
        }

        private int M(int current)
        {
            // DUMB, THUMB, PLUMBER: the B is silent.
            if ((At(current - 1, "UMB") && (current + 1 == last || At(current + 2, "ER"))) || Get(current + 1) == 'M')
            {
                return Then(current + 2, "M");
            }

            return Then(current + 1, "M");
        }

        private int P(int current)
        {
            if (Get(current + 1) == 'H')
            {
                return Then(current + 2, "F");
            }

            // CAMPBELL, RASPBERRY.
            return Then(At(current + 1, "P", "B") ? current + 2 : current + 1, "P");
        }

        private int R(int current)
        {
            // French ROGIER, but not HOCHMEIER.
            if (current == last && !slavoGermanic && At(current - 2, "IE") && !At(current - 4, "ME", "MA"))
            {
                Add(string.Empty, "R");
            }
            else
            {
                Add("R");
            }

            return Get(current + 1) == 'R' ? current + 2 : current + 1;
        }

        private int S(int current)
        {
            // ISLAND, ISLE, CARLISLE, CARLYSLE.
            if (At(current - 1, "ISL", "YSL"))
            {
                return current + 1;
            }

            // SUGAR-.
            if (current == 0 && At(current, "SUGAR"))
            {
                return Then(current + 1, "X", "S");
            }

            if (At(current, "SH"))
            {
                // Germanic.
                return Then(current + 2, At(current + 1, "HEIM", "HOEK", "HOLM", "HOLZ") ? "S" : "X");
            }

            // Italian and Armenian.
            if (At(current, "SIO", "SIA") || At(current, "SIAN"))
            {
                return slavoGermanic ? Then(current + 3, "S") : Then(current + 3, "S", "X");
            }

            // German and anglicised forms: SMITH matches SCHMIDT, SNIDER matches SCHNEIDER;
            // also Slavic -SZ- (Hungarian says it as S).
            if ((current == 0 && At(current + 1, "M", "N", "L", "W")) || At(current + 1, "Z"))
            {
                return Then(At(current + 1, "Z") ? current + 2 : current + 1, "S", "X");
            }

            if (At(current, "SC"))
            {
                // Schlesinger's rule.
                if (Get(current + 2) == 'H')
                {
                    // Dutch: SCHOOL, SCHOONER; SCHERMERHORN, SCHENKER.
                    if (At(current + 3, "OO", "ER", "EN", "UY", "ED", "EM"))
                    {
                        return At(current + 3, "ER", "EN") ? Then(current + 3, "X", "SK") : Then(current + 3, "SK");
                    }

                    if (current == 0 && !IsVowel(3) && Get(3) != 'W')
                    {
                        return Then(current + 3, "X", "S");
                    }

                    return Then(current + 3, "X");
                }

                if (At(current + 2, "I", "E", "Y"))
                {
                    return Then(current + 3, "S");
                }

                return Then(current + 3, "SK");
            }

            // French: RESNAIS, ARTOIS.
            if (current == last && At(current - 2, "AI", "OI"))
            {
                Add(string.Empty, "S");
            }
            else
            {
                Add("S");
            }

            return At(current + 1, "S", "Z") ? current + 2 : current + 1;
        }

        private int T(int current)
        {
            if (At(current, "TION"))
            {
                return Then(current + 3, "X");
            }

            if (At(current, "TIA", "TCH"))
            {
                return Then(current + 3, "X");
            }

            if (At(current, "TH") || At(current, "TTH"))
            {
                // THOMAS, THAMES, or Germanic.
                if (At(current + 2, "OM", "AM") || At(0, "VAN ", "VON ") || At(0, "SCH"))
                {
                    Add("T");
                }
                else
                {
                    Add("0", "T");
                }

                return current + 2;
            }

            return Then(At(current + 1, "T", "D") ? current + 2 : current + 1, "T");
        }

        private int W(int current)
        {
            // WR can be in the middle of a word too.
            if (At(current, "WR"))
            {
                return Then(current + 2, "R");
            }

            if (current == 0 && (IsVowel(current + 1) || At(current, "WH")))
            {
                // WASSERMAN should match VASSERMAN; UOMO should match WOMO.
                if (IsVowel(current + 1))
                {
                    Add("A", "F");
                }
                else
                {
                    Add("A");
                }
            }

            // ARNOW should match ARNOFF.
            if ((current == last && IsVowel(current - 1))
                || At(current - 1, "EWSKI", "EWSKY", "OWSKI", "OWSKY")
                || At(0, "SCH"))
            {
                return Then(current + 1, string.Empty, "F");
            }

            // Polish: FILIPOWICZ.
            if (At(current, "WICZ", "WITZ"))
            {
                return Then(current + 4, "TS", "FX");
            }

            return current + 1;
        }

        private int X(int current)
        {
            // French: BREAUX.
            if (!(current == last && (At(current - 3, "IAU", "EAU") || At(current - 2, "AU", "OU"))))
            {
                Add("KS");
            }

            return At(current + 1, "C", "X") ? current + 2 : current + 1;
        }

        private int Z(int current)
        {
            // Chinese pinyin: ZHAO.
            if (Get(current + 1) == 'H')
            {
                return Then(current + 2, "J");
            }

            if (At(current + 1, "ZO", "ZI", "ZA") || (slavoGermanic && current > 0 && Get(current - 1) != 'T'))
            {
                Add("S", "TS");
            }
            else
            {
                Add("S");
            }

            return Get(current + 1) == 'Z' ? current + 2 : current + 1;
        }

        private char Get(int index) => index >= 0 && index < value.Length ? value[index] : '\0';

        private bool IsVowel(int index) => Get(index) is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';

        // True when the text at start equals one of the options (all options have one length in
        // each call, as in the original's StringAt).
        private bool At(int start, params string[] options)
        {
            if (start < 0)
            {
                return false;
            }

            foreach (var option in options)
            {
                if (start + option.Length <= value.Length
                    && string.CompareOrdinal(value, start, option, 0, option.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        // The original's MetaphAdd: the alternate gets "alt" when one is given (" " marks an
        // alternate that adds nothing), otherwise the same as the primary.
        private void Add(string main, string? alt = null)
        {
            primary.Append(main);
            if (alt is null)
            {
                alternate.Append(main);
            }
            else if (alt != " ")
            {
                alternate.Append(alt);
            }
        }
    }
}
