namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>355: an episode that ends the day it starts lasted under 24 hours. Compares the dates as sent; flags DECOM and DEC.</summary>
public sealed class Rule355 : Ssda903Rule
{
    public override string Code => "355";
    public override string Message => "Episode appears to have lasted for less than 24 hours";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => e.DECOM.Trimmed() is { } start && start == e.DEC.Trimmed())
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, "DECOM", "DEC"));
}
