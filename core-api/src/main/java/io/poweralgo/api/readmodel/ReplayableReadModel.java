package io.poweralgo.api.readmodel;

/**
 * A projection that operators may rebuild from the first event: its {@code @ResetHandler} empties its read model,
 * and handling its events again only writes documents, never sends a command or a message. The application offers
 * a replay for every processing group whose projections implement it; sagas, handovers and streams do not.
 */
public interface ReplayableReadModel {
}
