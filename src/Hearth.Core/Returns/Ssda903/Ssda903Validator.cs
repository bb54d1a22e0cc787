using Hearth.Core.Returns.Ssda903.Rules;

namespace Hearth.Core.Returns.Ssda903;

/// <summary>Runs every 903 rule over a return; findings one per flagged cell, in a stable order.</summary>
public static class Ssda903Validator
{
    public static IReadOnlyList<Ssda903Rule> Rules { get; } =
        [.. typeof(Ssda903Rule).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(Ssda903Rule)))
            .Select(t => (Ssda903Rule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Code, StringComparer.Ordinal)];

    public static IReadOnlyList<Ssda903Finding> Validate(Ssda903Context context) =>
        [.. Rules.SelectMany(rule => rule.Check(context))
            .Distinct()
            .OrderBy(f => f.Child, StringComparer.Ordinal)
            .ThenBy(f => f.RuleCode, StringComparer.Ordinal)
            .ThenBy(f => f.Table, StringComparer.Ordinal)
            .ThenBy(f => f.Row)
            .ThenBy(f => f.Field, StringComparer.Ordinal)];
}
