namespace Hearth.Core.People;

/// <summary>
/// The one definition of "may this user see this person" (DESIGN.md idea 3): every list and lookup
/// of people filters through it, so a restricted record never shows up where it should not.
/// </summary>
public static class RecordVisibility
{
    public static IQueryable<Person> VisibleTo(this IQueryable<Person> people, Guid userId) =>
        people.Where(p => p.MergedIntoId == null && (!p.IsRestricted || p.AccessList.Any(a => a.UserId == userId)));

    public static bool IsVisibleTo(this Person person, Guid userId) =>
        !person.IsRestricted || person.AccessList.Any(a => a.UserId == userId);
}
