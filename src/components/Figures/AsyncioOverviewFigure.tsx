/**
 * Python AsyncIO, figure 1: one thread, one event loop, several tasks; the loop
 * runs one task at a time and switches when the running one reaches an await.
 */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { Arrow, Box, EventLoop, FigureFrame, Label, regionClass } from './parts';

const NAME = 'asyncio-overview';

export default function AsyncioOverviewFigure(): ReactNode {
  const task = (name: string) =>
    translate(
      { id: 'figure.asyncioOverview.task', message: 'Task {name} (coroutine)', description: 'A task box' },
      { name },
    );
  return (
    <FigureFrame
      name={NAME}
      width={640}
      height={250}
      label={translate({
        id: 'figure.asyncioOverview.label',
        message:
          'Diagram: inside a single thread, the event loop runs task A while tasks B and C wait; whenever the running task reaches an await, the loop switches to another task.',
        description: 'Screen-reader description of the asyncio overview diagram',
      })}
      caption={translate({
        id: 'figure.asyncioOverview.caption',
        message:
          'Python asyncio: one event loop runs coroutines, wrapped in tasks, one at a time on a single thread',
        description: 'Caption of the asyncio overview diagram',
      })}
    >
      <rect x={6} y={6} width={628} height={238} rx={14} className={regionClass} />
      <Label x={22} y={30} anchor="start" strong>
        {translate({
          id: 'figure.asyncioOverview.thread',
          message: 'One thread',
          description: 'Label of the area standing for the single thread',
        })}
      </Label>
      <EventLoop
        figure={NAME}
        cx={150}
        cy={135}
        r={56}
        label={translate({
          id: 'figure.asyncioOverview.loop',
          message: 'Event loop',
          description: 'The event loop',
        })}
      />
      <Label x={150} y={228} small>
        {translate({
          id: 'figure.asyncioOverview.oneAtATime',
          message: 'runs one task at a time',
          description: 'Under the event loop',
        })}
      </Label>
      <Arrow figure={NAME} d="M 228 135 L 326 80" active />
      <Arrow figure={NAME} d="M 228 135 L 326 135" dashed />
      <Arrow figure={NAME} d="M 228 135 L 326 190" dashed />
      <Box
        x={330}
        y={56}
        width={290}
        height={48}
        active
        title={task('A')}
        note={translate({
          id: 'figure.asyncioOverview.running',
          message: 'running: it has the thread',
          description: 'State of the running task',
        })}
      />
      <Box
        x={330}
        y={111}
        width={290}
        height={48}
        title={task('B')}
        note={translate({
          id: 'figure.asyncioOverview.waiting',
          message: 'paused at await, waiting for I/O',
          description: 'State of a task paused at an await',
        })}
      />
      <Box
        x={330}
        y={166}
        width={290}
        height={48}
        title={task('C')}
        note={translate({
          id: 'figure.asyncioOverview.ready',
          message: 'ready, waiting for its turn',
          description: 'State of a task that can run next',
        })}
      />
    </FigureFrame>
  );
}
