namespace Hearth.Core.LookedAfter;

/// <summary>
/// Who needs a personal education plan. Promoting the education of looked-after children and previously looked-after
/// children (DfE, February 2018) makes the PEP part of every looked-after child's care plan and asks for it from the
/// early years through compulsory school age (and, as good practice, post-16). Hearth reads "early years" as from the
/// child's second birthday, when a looked-after child is entitled to funded early education, to the end of compulsory
/// school age: the last Friday in June of the school year in which they turn 16 (Education Act 1996 s8; Education
/// (School Leaving Date) Order 1997). A child with no date of birth is assumed to need one.
/// </summary>
public static class PersonalEducationPlans
{
    public const int EarlyYearsFromAge = 2;

    public static bool RequiredAt(DateOnly? dateOfBirth, DateOnly on) =>
        dateOfBirth is not { } dob || (on >= dob.AddYears(EarlyYearsFromAge) && on <= EndOfCompulsorySchoolAge(dob));

    /// <summary>The last Friday in June of the school year (1 September to 31 August) in which the child turns 16.</summary>
    public static DateOnly EndOfCompulsorySchoolAge(DateOnly dateOfBirth)
    {
        var sixteenth = dateOfBirth.AddYears(16);
        var summer = sixteenth.Month >= 9 ? sixteenth.Year + 1 : sixteenth.Year;
        var day = new DateOnly(summer, 6, 30);
        while (day.DayOfWeek != DayOfWeek.Friday)
        {
            day = day.AddDays(-1);
        }
        return day;
    }
}
