package io.benchwarden.project;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A product whose agent is measured: runs, budgets, focus patterns and tokens belong to one. Projects are created
 * by their first upload, so the column defaults of the schema give a new project its hosted policy
 * ({@code hosted.HostedPolicy}).
 */
@Entity
@Table(name = "project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "default_branch", nullable = false)
    private String defaultBranch;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "hosted_threshold", nullable = false)
    private double hostedThreshold;

    @Column(name = "hosted_baseline_window", nullable = false)
    private int hostedBaselineWindow;

    @Column(name = "focus_patterns", nullable = false)
    private String focusPatterns;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private Instant createdAt;

    protected Project() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDefaultBranch() {
        return defaultBranch;
    }

    public void setDefaultBranch(String defaultBranch) {
        this.defaultBranch = defaultBranch;
    }

    public boolean isDemo() {
        return demo;
    }

    public double getHostedThreshold() {
        return hostedThreshold;
    }

    public void setHostedThreshold(double hostedThreshold) {
        this.hostedThreshold = hostedThreshold;
    }

    public int getHostedBaselineWindow() {
        return hostedBaselineWindow;
    }

    public void setHostedBaselineWindow(int hostedBaselineWindow) {
        this.hostedBaselineWindow = hostedBaselineWindow;
    }

    public String getFocusPatterns() {
        return focusPatterns;
    }

    public void setFocusPatterns(String focusPatterns) {
        this.focusPatterns = focusPatterns;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
