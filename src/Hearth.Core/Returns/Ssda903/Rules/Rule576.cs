namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>576: a missing period still open at the end of last year's return must be carried into this year: the child's earliest missing period this year must start the same day. A child with none this year is flagged on their header (the DfE validator misses that case). Needs last year's return.</summary>
public sealed class Rule576 : CareHistoryRule
{
    public override string Code => "576";
    public override string Message => "There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Previous is null)
        {
            yield break;
        }

        var thisYear = context.Current.Missing.ToLookup(m => Ssda903Values.Code(m.CHILD));
        var headers = context.Current.Header.ToLookup(h => Ssda903Values.Code(h.CHILD));
        foreach (var open in context.Previous.Missing.Where(m => Ssda903Values.IsBlank(m.MIS_END) && !Ssda903Values.IsBlank(m.CHILD)))
        {
            var earliest = thisYear[Ssda903Values.Code(open.CHILD)].MinBy(m => Ssda903Values.Date(m.MIS_START) ?? DateOnly.MaxValue);
            if (earliest is null)
            {
                foreach (var header in headers[Ssda903Values.Code(open.CHILD)])
                {
                    yield return Finding(header, Ssda903Table.Header, nameof(HeaderRow.CHILD), header.CHILD);
                }
            }
            else if (!SameDate(earliest.MIS_START, open.MIS_START))
            {
                yield return Finding(earliest, Ssda903Table.Missing, nameof(MissingRow.MIS_START), earliest.MIS_START);
            }
        }
    }
}
