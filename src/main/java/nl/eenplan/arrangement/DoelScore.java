package nl.eenplan.arrangement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One goal's score in one evaluation of a running arrangement, with what the evaluation decided. */
@Entity
@Table(name = "arrangement_evaluatie")
public class DoelScore {

    /** How far a goal is reached. */
    public enum Score {
        BEHAALD, DEELS, NIET
    }

    /** What an evaluation decides for the arrangement. */
    public enum Vervolg {
        DOORGAAN, BIJSTELLEN, BEEINDIGEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "arrangement_id", nullable = false)
    private Long arrangementId;

    @Column(name = "doel_id", nullable = false)
    private Long doelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Score score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Vervolg vervolg;

    @Column(name = "geevalueerd_op", nullable = false)
    private Instant geevalueerdOp;

    @Column(name = "geevalueerd_door", nullable = false)
    private String geevalueerdDoor;

    protected DoelScore() {
    }

    DoelScore(Long arrangementId, Long doelId, Score score, Vervolg vervolg, Instant op, String door) {
        this.arrangementId = arrangementId;
        this.doelId = doelId;
        this.score = score;
        this.vervolg = vervolg;
        this.geevalueerdOp = op;
        this.geevalueerdDoor = door;
    }

    public Long getDoelId() {
        return doelId;
    }

    public Score getScore() {
        return score;
    }

    public Vervolg getVervolg() {
        return vervolg;
    }

    public Instant getGeevalueerdOp() {
        return geevalueerdOp;
    }
}
