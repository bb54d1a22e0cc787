namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>525: once the decision to place for adoption has ceased (DATE_PLACED_CEASED), the child's AD1 adoption details should be blank; flags the ceased date and each AD1 detail given.</summary>
public sealed class Rule525 : CareHistoryRule
{
    public override string Code => "525";
    public override string Message => "A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.";

    private static readonly string[] AdoptionDetails =
    [
        nameof(Ad1Row.DATE_INT), nameof(Ad1Row.DATE_MATCH), nameof(Ad1Row.FOSTER_CARE), nameof(Ad1Row.NB_ADOPTR),
        nameof(Ad1Row.SEX_ADOPTR), nameof(Ad1Row.LS_ADOPTR),
    ];

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var adoptions = context.Current.Ad1.ToLookup(a => Ssda903Values.Code(a.CHILD));
        return context.Current.PlacedAdoption
            .Where(p => !Ssda903Values.IsBlank(p.DATE_PLACED_CEASED))
            .SelectMany(p => adoptions[Ssda903Values.Code(p.CHILD)]
                .Select(a => this.Cells(a, Ssda903Table.Ad1, AdoptionDetails).Where(f => !Ssda903Values.IsBlank(f.Value)).ToList())
                .Where(given => given.Count > 0)
                .SelectMany(given => this.Cells(p, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED_CEASED)).Concat(given)))
            .Distinct();
    }
}
