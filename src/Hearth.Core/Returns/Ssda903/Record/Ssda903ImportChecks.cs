using Hearth.Core.LookedAfter;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>
/// What the record cannot hold, each with its table and row: a row with no CHILD, a child with no Header row (or two),
/// a date that is not dd/mm/yyyy, a missing date an item is recorded by (DECOM, REVIEW, MIS_START, SW_DECOM, DOLO_START),
/// an episode ending before it starts or two starting the same day (the record holds one legal status and one placement
/// a day), a value longer than any code, or a value the record keeps as a number or a yes/no that is neither. Everything
/// else, however wrong by the DfE rules, is kept and then reported by them.
/// </summary>
internal static class Ssda903ImportChecks
{
    public const int MaxChildId = 40;

    public static List<Ssda903ImportProblem> Problems(Ssda903Return file)
    {
        var problems = new List<Ssda903ImportProblem>();
        var headers = file.Header.Where(h => h.CHILD is not null).ToLookup(h => h.CHILD!.Trim());
        foreach (var row in file.Header)
        {
            var p = new RowProblems(problems, Ssda903Table.Header, row);
            if (p.NoChild())
            {
                continue;
            }
            if (row.CHILD!.Trim().Length > MaxChildId)
            {
                p.Add($"the CHILD {row.CHILD} is longer than {MaxChildId} characters, the longest reference Hearth holds.");
            }
            if (headers[row.CHILD.Trim()].First() != row)
            {
                p.Add($"child {row.CHILD} has a Header row already (row {headers[row.CHILD.Trim()].First().Row}); the record holds one sex, date of birth and UPN for a child.");
            }
            p.Date("DOB", row.DOB);
            p.Date("MC_DOB", row.MC_DOB);
            p.Code("SEX", row.SEX, 8);
            if (row.MOTHER is not (null or "0" or "1"))
            {
                p.Add($"MOTHER is '{row.MOTHER}', but the record holds only 1 (a mother), 0 (not) or blank.");
            }
        }

        void Rows<T>(string table, IEnumerable<T> rows, Action<T, RowProblems> check) where T : Ssda903Row
        {
            foreach (var row in rows)
            {
                var p = new RowProblems(problems, table, row);
                if (p.NoChild())
                {
                    continue;
                }
                if (!headers.Contains(row.CHILD!.Trim()))
                {
                    p.Add($"child {row.CHILD} is not in the Header table, so Hearth has no date of birth or sex to record them with.");
                    continue;
                }
                check(row, p);
            }
        }

        Rows(Ssda903Table.Episodes, file.Episodes, (e, p) =>
        {
            p.Date("DECOM", e.DECOM, required: true);
            p.Date("DEC", e.DEC);
            if (Ssda903Date.Parse(e.DEC) < Ssda903Date.Parse(e.DECOM))
            {
                p.Add($"the episode ends (DEC {e.DEC}) before it starts (DECOM {e.DECOM}); Hearth cannot derive episodes from a period that ends before a legal status or placement in it begins.");
            }
            p.Code("RNE", e.RNE, 1);
            p.Code("LS", e.LS, CarePeriod.MaxCode);
            p.Code("CIN", e.CIN, CarePeriod.MaxCode);
            p.Code("PLACE", e.PLACE, CarePeriod.MaxCode);
            p.Code("PLACE_PROVIDER", e.PLACE_PROVIDER, CarePeriod.MaxCode);
            p.Code("REC", e.REC, CarePeriod.MaxCode);
            p.Code("REASON_PLACE_CHANGE", e.REASON_PLACE_CHANGE, 8);
            p.Code("HOME_POST", e.HOME_POST, CarePeriod.MaxPostcode);
            p.Code("PL_POST", e.PL_POST, CarePeriod.MaxPostcode);
            p.Code("URN", e.URN, 10);
        });
        foreach (var same in file.Episodes.Where(e => e.CHILD is not null && Ssda903Date.Parse(e.DECOM) is not null)
            .GroupBy(e => (e.CHILD!.Trim(), Ssda903Date.Parse(e.DECOM))).Where(g => g.Count() > 1))
        {
            foreach (var row in same.Skip(1))
            {
                new RowProblems(problems, Ssda903Table.Episodes, row).Add(
                    $"child {row.CHILD} has another episode starting {row.DECOM} (row {same.First().Row}); the record holds one legal status and one placement a day.");
            }
        }
        Rows(Ssda903Table.Reviews, file.Reviews, (r, p) =>
        {
            p.Date("REVIEW", r.REVIEW, required: true);
            p.Code("REVIEW_CODE", r.REVIEW_CODE, LookedAfterReview.MaxCode);
        });
        Rows(Ssda903Table.Uasc, file.Uasc, (u, p) => p.Date("DUC", u.DUC));
        Rows(Ssda903Table.Oc2, file.Oc2, (o, p) =>
        {
            if (o.SDQ_SCORE is not null && Ssda903HealthItems.Score(o.SDQ_SCORE) is null)
            {
                p.Add($"SDQ_SCORE is '{o.SDQ_SCORE}', but the record holds an SDQ score as a whole number.");
            }
            p.Code("SDQ_REASON", o.SDQ_REASON, CarePeriod.MaxCode);
            foreach (var (value, kind) in Ssda903HealthItems.Flags(o).Where(f => !Ssda903HealthItems.IsFlag(f.Value)))
            {
                p.Add($"the OC2 item for {kind} is '{value}', but the record holds only whether it happened (1), or not (0 or blank).");
            }
        });
        Rows(Ssda903Table.Oc3, file.Oc3, (o, p) =>
        {
            p.Code("IN_TOUCH", o.IN_TOUCH, CarePeriod.MaxCode);
            p.Code("ACTIV", o.ACTIV, CarePeriod.MaxCode);
            p.Code("ACCOM", o.ACCOM, CarePeriod.MaxCode);
        });
        Rows(Ssda903Table.Ad1, file.Ad1, (a, p) =>
        {
            p.Date("DATE_INT", a.DATE_INT);
            p.Date("DATE_MATCH", a.DATE_MATCH);
            if (a.FOSTER_CARE is not (null or "0" or "1"))
            {
                p.Add($"FOSTER_CARE is '{a.FOSTER_CARE}', but the record holds only 1 (the foster carers adopted), 0 or blank.");
            }
            if (a.NB_ADOPTR is not null && Ssda903HealthItems.Score(a.NB_ADOPTR) is null)
            {
                p.Add($"NB_ADOPTR is '{a.NB_ADOPTR}', but the record holds the number of adopters as a whole number.");
            }
            p.Code("SEX_ADOPTR", a.SEX_ADOPTR, CarePeriod.MaxCode);
            p.Code("LS_ADOPTR", a.LS_ADOPTR, CarePeriod.MaxCode);
        });
        Rows(Ssda903Table.PlacedAdoption, file.PlacedAdoption, (a, p) =>
        {
            p.Date("DATE_PLACED", a.DATE_PLACED);
            p.Date("DATE_PLACED_CEASED", a.DATE_PLACED_CEASED);
            p.Code("REASON_PLACED_CEASED", a.REASON_PLACED_CEASED, CarePeriod.MaxCode);
        });
        Rows(Ssda903Table.PrevPerm, file.PrevPerm, (a, p) =>
        {
            p.Code("PREV_PERM", a.PREV_PERM, CarePeriod.MaxCode);
            p.Code("LA_PERM", a.LA_PERM, CarePeriod.MaxName);
            p.Code("DATE_PERM", a.DATE_PERM, 10);
        });
        Rows(Ssda903Table.Missing, file.Missing, (m, p) =>
        {
            if (m.MISSING is not ("M" or "A"))
            {
                p.Add($"MISSING is '{m.MISSING}', but the record holds a missing episode as M (missing) or A (away without authorisation).");
            }
            p.Date("MIS_START", m.MIS_START, required: true);
            p.Date("MIS_END", m.MIS_END);
        });
        Rows(Ssda903Table.SwEpisodes, file.SwEpisodes, (s, p) =>
        {
            p.Date("SW_DECOM", s.SW_DECOM, required: true);
            p.Date("SW_DEC", s.SW_DEC);
            p.Code("SW_ID", s.SW_ID, 20);
            p.Code("SW_REASON", s.SW_REASON, 8);
        });
        Rows(Ssda903Table.Dolo, file.Dolo, (d, p) =>
        {
            p.Date("DOLO_START", d.DOLO_START, required: true);
            p.Date("DOLO_END", d.DOLO_END);
        });
        return problems;
    }

    private sealed class RowProblems(List<Ssda903ImportProblem> problems, string table, Ssda903Row row)
    {
        public void Add(string message) =>
            problems.Add(new Ssda903ImportProblem(table, row.Row, row.CHILD?.Trim() ?? "", $"{table} row {row.Row}: {message}"));

        public bool NoChild()
        {
            if (!string.IsNullOrWhiteSpace(row.CHILD))
            {
                return false;
            }
            Add("the row has no CHILD, so Hearth cannot tell whose it is.");
            return true;
        }

        public void Date(string column, string? value, bool required = false)
        {
            if (Ssda903Date.IsInvalid(value))
            {
                Add($"{column} '{value}' is not a date written dd/mm/yyyy.");
            }
            else if (required && value is null)
            {
                Add($"{column} is blank, and it is the date Hearth records this by.");
            }
        }

        public void Code(string column, string? value, int max)
        {
            if (value is { } text && text.Length > max)
            {
                Add($"{column} '{text}' is longer than {max} characters, longer than any value Hearth holds there.");
            }
        }
    }
}
