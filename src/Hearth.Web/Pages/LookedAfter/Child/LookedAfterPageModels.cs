using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Validation;
using Hearth.Web.Pages.People;
using Hearth.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.LookedAfter.Child;

/// <summary>A form about one of the child's periods of care, on the Looked after tab.</summary>
public abstract class CarePeriodPageModel : PersonPageModel
{
    public override string Tab => LookedAfterChoices.Tab;
    [FromRoute] public Guid PeriodId { get; set; }
    public CarePeriod Period { get; private set; } = null!;
    public Placement CurrentPlacement => Period.Placements.MaxBy(p => p.From)!;
    public LegalStatusRecord CurrentStatus => Period.LegalStatuses.MaxBy(s => s.From)!;

    /// <returns>A redirect when the record was merged; otherwise null with <see cref="Period"/> loaded (404 when it is not this child's).</returns>
    protected async Task<IActionResult?> OpenPeriodAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var db = HttpContext.RequestServices.GetRequiredService<HearthDbContext>();
        Period = await db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Include(p => p.Placements)
            .SingleOrDefaultAsync(p => p.Id == PeriodId && p.PersonId == Id, HttpContext.RequestAborted)
            ?? throw new RecordNotFoundException();
        return null;
    }
}

/// <summary>The fields of a placement, the same on the start and move forms (see _PlacementFields).</summary>
public interface IPlacementFields
{
    string? PlacementType { get; }
    string? Provider { get; }
    string? CarerName { get; }
    string? Urn { get; }
    string? PlacementPostcode { get; }
    string? OutOfArea { get; }
    string? LongTerm { get; }
    string? Siblings { get; }

    /// <summary>Hint on the carer name: on a move it may be left blank when the carer stays the same.</summary>
    string CarerHint { get; }
}

/// <summary>The choices of the looked-after forms, with the words from <see cref="LookedAfterCodes"/>.</summary>
public static class LookedAfterChoices
{
    public const string Tab = "Looked after";

    public static IReadOnlyList<Choice> CategoriesOfNeed { get; } = Coded(LookedAfterCodes.CategoriesOfNeed);
    public static IReadOnlyList<Choice> LegalStatuses { get; } = Coded(LookedAfterCodes.LegalStatuses);
    public static IReadOnlyList<Choice> PlacementTypes { get; } = Coded(LookedAfterCodes.PlacementTypes);
    public static IReadOnlyList<Choice> PlacementProviders { get; } = Coded(LookedAfterCodes.PlacementProviders);
    public static IReadOnlyList<Choice> ReasonsForMove { get; } = Coded(LookedAfterCodes.ReasonsForMove);
    public static IReadOnlyList<Choice> ReasonsCeased { get; } = Coded(LookedAfterCodes.ReasonsCeased);

    public static IReadOnlyList<Choice> PermanenceGoals { get; } =
        Enum.GetValues<PermanenceGoal>().Select(g => new Choice(g.ToString(), LookedAfterCodes.PermanenceLabel(g))).ToList();

    public static IReadOnlyList<Choice> Siblings { get; } =
        Enum.GetValues<SiblingArrangement>().Select(s => new Choice(s.ToString(), LookedAfterCodes.SiblingsLabel(s))).ToList();


    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy") ?? "Not recorded";

    public static string YesNoText(bool? value) => value switch { true => "Yes", false => "No", null => "Not recorded" };

    public static IReadOnlyCollection<string> Selected(string? value) => value is null ? [] : [value];

    public static bool? ParseBool(string? value) => bool.TryParse(value, out var b) ? b : null;

    public static string? Bool(bool? value) => value?.ToString().ToLowerInvariant();

    public static PlacementInput Placement(IPlacementFields form) => new(form.PlacementType, form.Provider, form.CarerName, form.Urn,
        form.PlacementPostcode, ParseBool(form.OutOfArea), ParseBool(form.LongTerm) ?? false, FormChoice.Parse<SiblingArrangement>(form.Siblings));

    private static List<Choice> Coded(IReadOnlyList<CodeLabel> codes) => codes.Select(c => new Choice(c.Code, $"{c.Code}: {c.Label}")).ToList();
}
