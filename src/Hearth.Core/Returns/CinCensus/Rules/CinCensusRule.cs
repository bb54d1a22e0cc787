using System.Globalization;

namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// One DfE CIN census validation rule (cin-census-rules-2025-26.tsv). Each rule is its own class,
/// named for its code (<c>Rule8565</c>, <c>Rule8670Q</c>), so a finding can be traced to one small
/// piece of code and its tests.
/// </summary>
public abstract class CinCensusRule
{
    /// <summary>The DfE code, with its Q suffix for a query: "8565", "8670Q".</summary>
    public abstract string Code { get; }

    /// <summary>The DfE's wording of the rule.</summary>
    public abstract string Message { get; }

    public bool IsQuery => Code.EndsWith('Q');

    public abstract IEnumerable<CensusFinding> Check(CensusContext context);

    protected CensusFinding Finding(CensusChild? child, string table, string field, string? value) =>
        new(child?.LaChildId, Code, table, field, value) { PersonId = child?.PersonId, Message = Message };

    protected CensusFinding Finding(CensusChild? child, string table, string field, DateOnly? value) =>
        Finding(child, table, field, Format(value));

    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A rule that looks at one child at a time (most of them).</summary>
public abstract class ChildRule : CinCensusRule
{
    public sealed override IEnumerable<CensusFinding> Check(CensusContext context) =>
        context.Message.Children.SelectMany(child => CheckChild(child, context));

    /// <summary>This rule on one child: the validator runs every child rule on a child before moving to the next.</summary>
    internal IEnumerable<CensusFinding> CheckOne(CensusChild child, CensusContext context) => CheckChild(child, context);

    protected abstract IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context);
}
