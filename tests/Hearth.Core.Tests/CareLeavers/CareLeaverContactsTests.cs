using Hearth.Core.CareLeavers;
using Hearth.Core.Returns.Ssda903;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.CareLeavers;

/// <summary>The contact that counts for a birthday: nearest to it within 3 months before to 1 month after (DfE SSDA903 guide).</summary>
public sealed class CareLeaverContactsTests
{
    private static readonly DateOnly Born = new(2008, 5, 20);
    private static readonly DateOnly Nineteenth = new(2027, 5, 20);

    private static CareLeaverContact Contact(DateOnly on, string inTouch = "YES") =>
        new() { ContactOn = on, InTouch = inTouch, RecordedAt = new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc) };

    [Fact]
    public void The_window_runs_from_3_months_before_to_1_month_after_both_days_included()
    {
        CareLeaverContacts.Window(Born, 19).ShouldBe((new DateOnly(2027, 2, 20), new DateOnly(2027, 6, 20)));

        CareLeaverContacts.ForBirthday([Contact(new DateOnly(2027, 2, 20))], Born, 19).ShouldNotBeNull();
        CareLeaverContacts.ForBirthday([Contact(new DateOnly(2027, 2, 19))], Born, 19).ShouldBeNull();
        CareLeaverContacts.ForBirthday([Contact(new DateOnly(2027, 6, 20))], Born, 19).ShouldNotBeNull();
        CareLeaverContacts.ForBirthday([Contact(new DateOnly(2027, 6, 21))], Born, 19).ShouldBeNull();
    }

    [Fact]
    public void The_nearest_contact_to_the_birthday_wins_and_after_it_wins_a_tie()
    {
        var early = Contact(new DateOnly(2027, 3, 1));
        var before = Contact(Nineteenth.AddDays(-5), "NO");
        var after = Contact(Nineteenth.AddDays(5));
        var otherYear = Contact(Nineteenth.AddYears(-1));

        CareLeaverContacts.ForBirthday([early, before, otherYear], Born, 19).ShouldBeSameAs(before);
        CareLeaverContacts.ForBirthday([early, before, after, otherYear], Born, 19).ShouldBeSameAs(after);
        CareLeaverContacts.ForBirthday([otherYear], Born, 18).ShouldBeSameAs(otherYear);
    }

    [Fact]
    public void Every_code_the_return_accepts_has_a_label()
    {
        CareLeaverCodes.InTouch.Select(c => c.Code).ShouldBe(Ssda903Codes.InTouch, ignoreOrder: true);
        CareLeaverCodes.Activity.Select(c => c.Code).ShouldBe(Ssda903Codes.Activity, ignoreOrder: true);
        Ssda903Codes.Accommodation.ShouldAllBe(code => CareLeaverCodes.AccommodationLabel(code) != null);
        CareLeaverCodes.AccommodationLabel("E1").ShouldBe("Supported lodgings, suitable");
        CareLeaverCodes.AccommodationLabel("A1").ShouldBeNull();
    }
}
