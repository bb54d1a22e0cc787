using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.LookedAfter;

/// <summary>IRO caseloads: each IRO's open periods of care counted, the children named only where the reader may see them.</summary>
public sealed class IroCaseloadPagesTests(HearthWebApp app)
{
    [Fact]
    public async Task Each_IRO_s_open_periods_are_counted_and_restricted_children_are_counted_but_not_named()
    {
        var iroName = "Iro " + TestData.UniqueFamilyName();
        var iro = await app.CreateUserAsync(Role.IndependentReviewingOfficer, iroName);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var family = TestData.UniqueFamilyName();
        var open = await app.CreatePersonAsync("Ned", family);
        var restricted = await app.CreatePersonAsync("Oli", family);
        var ended = await app.CreatePersonAsync("Pam", family);
        foreach (var child in new[] { open, restricted, ended })
        {
            var period = await app.StartPeriodAsync(child.Id, Today.AddDays(-100), "C2", "U4");
            await app.QueryAsync(async db =>
            {
                var p = await db.CarePeriods.FindAsync(period.Id);
                p!.IndependentReviewingOfficerId = iro.Id;
                p.IndependentReviewingOfficerName = iroName;
                p.EndDate = child == ended ? Today.AddDays(-1) : null;
                p.ReasonCeased = child == ended ? "E13" : null;
                return await db.SaveChangesAsync();
            });
        }
        await app.RestrictAsync(restricted.Id, manager);

        var page = await app.SignInAsync(await app.CreateUserAsync(Role.ServiceManager));
        var html = await page.PageTextAsync(Links.IroCaseloads);
        var row = html[html.IndexOf(iroName, StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        row.ShouldContain("data-testid=\"caseload-count\">2<");
        row.ShouldContain($"Ned {family}");
        row.ShouldNotContain($"Oli {family}");
        row.ShouldNotContain($"Pam {family}", customMessage: "the period has ended");
        row.ShouldContain("1 restricted record is not shown");

        var worker = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        (await worker.GetAsync(Links.IroCaseloads)).IsSuccessStatusCode.ShouldBeFalse();
    }
}
