package eu.practicehub.web;

/** A role for an existing account, found by its email, in the project or one of its partners. */
public class MemberForm {

    private String memberEmail;
    private String memberRole;
    private Long memberPartner;

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }

    public String getMemberRole() {
        return memberRole;
    }

    public void setMemberRole(String memberRole) {
        this.memberRole = memberRole;
    }

    public Long getMemberPartner() {
        return memberPartner;
    }

    public void setMemberPartner(Long memberPartner) {
        this.memberPartner = memberPartner;
    }
}
