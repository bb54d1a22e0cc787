using Hearth.Core.Oversight;
using Hearth.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hearth.Web.Pages.Oversight;

/// <summary>One row of the actions a direction sets, as the form posts it.</summary>
public sealed class ActionRow
{
    public const int Rows = 3;

    public string? Action { get; set; }
    public string? Owner { get; set; }
    public DateParts DueDate { get; set; } = new();

    public static List<ActionRow> Blank() => Enumerable.Range(0, Rows).Select(_ => new ActionRow()).ToList();

    /// <summary>The rows as service input; a due date that is not a real date is reported by the service as such.</summary>
    public static List<OversightActionInput> Read(IReadOnlyList<ActionRow> rows)
    {
        var scratch = new ModelStateDictionary();
        return rows.Select((r, i) =>
        {
            var due = r.DueDate.Read(scratch, $"a{i}", "The due date");
            return new OversightActionInput(r.Action, r.Owner, due, DueDateInvalid: !r.DueDate.IsEmpty && due is null);
        }).ToList();
    }
}
