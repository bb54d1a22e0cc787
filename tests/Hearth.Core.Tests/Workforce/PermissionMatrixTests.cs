using Hearth.Core.Workforce;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.Workforce;

public class PermissionMatrixTests
{
    [Fact]
    public void Every_role_has_an_entry_and_can_find_people()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            PermissionMatrix.Allows(role, Permission.SearchPeople).ShouldBeTrue(role.ToString());
        }
    }

    [Theory]
    [InlineData(Role.Auditor)]
    [InlineData(Role.PerformanceAnalyst)]
    public void Read_only_roles_change_nothing(Role role)
    {
        PermissionMatrix.Allows(role, Permission.RecordPerson).ShouldBeFalse();
        PermissionMatrix.Allows(role, Permission.EditPerson).ShouldBeFalse();
        PermissionMatrix.Allows(role, Permission.RecordCaseNotes).ShouldBeFalse();
        PermissionMatrix.Allows(role, Permission.MergePeople).ShouldBeFalse();
    }

    [Fact]
    public void Only_managers_merge_records_and_a_social_worker_cannot_see_the_access_log()
    {
        Enum.GetValues<Role>().Where(r => PermissionMatrix.Allows(r, Permission.MergePeople))
            .ShouldBe([Role.TeamManager, Role.ServiceManager], ignoreOrder: true);
        PermissionMatrix.Allows(Role.SocialWorker, Permission.ViewAccessLog).ShouldBeFalse();
    }

    [Fact]
    public void Administrators_run_the_system_but_do_not_write_practice_records()
    {
        PermissionMatrix.Allows(Role.Administrator, Permission.ManageUsers).ShouldBeTrue();
        PermissionMatrix.Allows(Role.Administrator, Permission.RecordCaseNotes).ShouldBeFalse();
    }

    [Fact]
    public void Only_administrators_and_performance_analysts_import_census_files()
    {
        Enum.GetValues<Role>().Where(r => PermissionMatrix.Allows(r, Permission.ImportReturns))
            .ShouldBe([Role.Administrator, Role.PerformanceAnalyst], ignoreOrder: true);
    }
}
